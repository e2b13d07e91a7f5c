/** Terminal styling: colours only when asked for (a TTY without NO_COLOR), plain text otherwise. */
export interface Style {
  bold(s: string): string;
  dim(s: string): string;
  green(s: string): string;
  cyan(s: string): string;
  yellow(s: string): string;
  red(s: string): string;
}

const wrap = (open: number, close: number) => (s: string) => `\u001b[${open}m${s}\u001b[${close}m`;

export const colors: Style = {
  bold: wrap(1, 22),
  dim: wrap(2, 22),
  green: wrap(32, 39),
  cyan: wrap(36, 39),
  yellow: wrap(33, 39),
  red: wrap(31, 39),
};

const id = (s: string) => s;
export const plain: Style = { bold: id, dim: id, green: id, cyan: id, yellow: id, red: id };

/**
 * Colour for a stream: `flag` (--color / --no-color) wins; else on a TTY, unless NO_COLOR is set (any
 * value); FORCE_COLOR turns it on.
 */
export function styleFor(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env, flag?: boolean): Style {
  if (flag !== undefined) return flag ? colors : plain;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return plain;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0') return colors;
  return stream.isTTY ? colors : plain;
}
