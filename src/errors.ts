/**
 * The exit-code contract, written down once (DESIGN.md):
 *   0  done
 *   1  at least one input failed (I/O, network, unparsable)
 *   2  usage or invalid configuration (bad flag, invalid profile or taxonomy)
 */
export const ExitCode = { ok: 0, inputFailed: 1, usage: 2 } as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/** A failure with a stable machine-readable code and the exit code it implies. */
export class SkillgapError extends Error {
  readonly code: string;
  readonly exitCode: ExitCode;
  constructor(code: string, message: string, exitCode: ExitCode, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'SkillgapError';
    this.code = code;
    this.exitCode = exitCode;
  }
}

/** An input (posting, resume) that could not be read or understood: exit 1, the batch goes on. */
export class InputError extends SkillgapError {
  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super(code, message, ExitCode.inputFailed, options);
    this.name = 'InputError';
  }
}

/** Invalid configuration: a profile, taxonomy or flag. Exit 2. */
export class ConfigError extends SkillgapError {
  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super(code, message, ExitCode.usage, options);
    this.name = 'ConfigError';
  }
}

export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
