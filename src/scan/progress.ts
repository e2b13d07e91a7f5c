/** A progress bar on stderr, drawn only when stderr is a terminal: done/total (or done), rate, time left. */
export interface ProgressStream {
  write(s: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

export interface ProgressBar {
  update(done: number, extra?: { failed?: number; duplicates?: number }): void;
  /** Set (or learn) the total; undefined while unknown. */
  setTotal(total: number | undefined): void;
  /** Clear the bar's line. */
  done(): void;
}

const NOOP: ProgressBar = { update() {}, setTotal() {}, done() {} };

export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '--';
  const s = Math.round(seconds);
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}

/** The bar's text for a moment of the run; pure, for tests. */
export function progressLine(done: number, total: number | undefined, elapsedSeconds: number, width = 80, extra: { failed?: number; duplicates?: number } = {}): string {
  const rate = elapsedSeconds > 0 ? done / elapsedSeconds : 0;
  const rateText = `${rate >= 100 ? Math.round(rate) : rate.toFixed(1)}/s`;
  const notes = [extra.failed ? `${extra.failed} failed` : '', extra.duplicates ? `${extra.duplicates} dup` : ''].filter(Boolean).join(', ');
  const tail = notes ? `  ${notes}` : '';
  if (total === undefined || total <= 0) return `scanning ${done} postings  ${rateText}${tail}`;
  const shown = Math.min(done, total);
  const eta = rate > 0 ? formatDuration((total - shown) / rate) : '--';
  const text = ` ${shown}/${total}  ${rateText}  ${eta} left${tail}`;
  const barWidth = Math.max(10, Math.min(40, width - text.length - 3));
  const filled = Math.round((shown / total) * barWidth);
  return `[${'#'.repeat(filled)}${'-'.repeat(barWidth - filled)}]${text}`;
}

/** A bar on `stream` when it is a TTY (redrawn at most every `intervalMs`), else nothing at all. */
export function progressBar(stream: ProgressStream, options: { intervalMs?: number; now?: () => number } = {}): ProgressBar {
  if (!stream.isTTY) return NOOP;
  const now = options.now ?? (() => performance.now());
  const interval = options.intervalMs ?? 100;
  const start = now();
  let last = -Infinity;
  let total: number | undefined;
  let drawn = false;
  let state = { done: 0, extra: {} as { failed?: number; duplicates?: number } };
  const draw = () => {
    const line = progressLine(state.done, total, (now() - start) / 1000, stream.columns ?? 80, state.extra);
    stream.write(`\r${line}\u001b[K`);
    drawn = true;
  };
  return {
    update(done, extra = {}) {
      state = { done, extra };
      const t = now();
      if (t - last >= interval) {
        last = t;
        draw();
      }
    },
    setTotal(t) {
      total = t;
    },
    done() {
      if (drawn) stream.write('\r\u001b[K');
    },
  };
}
