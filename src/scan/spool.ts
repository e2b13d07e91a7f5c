import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ScanRow } from './schema.js';

/**
 * Rows of a scan parked in a temp file until the end, when they come back ranked (best score first,
 * input order on a tie; then rows without a score in input order). Memory: 14 bytes per row.
 *
 * `close()` removes the temp folder; it is synchronous and safe to call more than once, so that a
 * program can call it from its own signal or exit handlers (the library installs none).
 */
export class RowSpool {
  /** The temp folder holding the rows while the scan runs. */
  readonly dir = mkdtempSync(join(tmpdir(), 'skillgap-scan-'));
  private closed = false;
  private readonly fd = openSync(join(this.dir, 'rows.jsonl'), 'w+');
  private offsets = new Float64Array(1024);
  private lengths = new Uint32Array(1024);
  /** score, or -1 for none (failed, duplicate, no profile) */
  private scores = new Int16Array(1024);
  private count = 0;
  private size = 0;
  private buffer: string[] = [];
  private buffered = 0;

  add(row: ScanRow): void {
    if (this.count === this.offsets.length) this.grow();
    const line = JSON.stringify(row);
    const bytes = Buffer.byteLength(line);
    this.offsets[this.count] = this.size;
    this.lengths[this.count] = bytes;
    this.scores[this.count] = row.status === 'ok' && row.score !== null ? row.score : -1;
    this.count++;
    this.size += bytes;
    this.buffer.push(line);
    this.buffered += bytes;
    if (this.buffered > 1 << 20) this.flush();
  }

  get length(): number {
    return this.count;
  }

  private grow(): void {
    const n = this.offsets.length * 2;
    const o = new Float64Array(n);
    o.set(this.offsets);
    const l = new Uint32Array(n);
    l.set(this.lengths);
    const s = new Int16Array(n);
    s.set(this.scores);
    [this.offsets, this.lengths, this.scores] = [o, l, s];
  }

  private flush(): void {
    if (this.buffer.length === 0) return;
    writeSync(this.fd, this.buffer.join(''));
    this.buffer = [];
    this.buffered = 0;
  }

  /** The rows, ranked, with `rank` set on the scored ones. */
  *ranked(): Generator<ScanRow> {
    this.flush();
    const order = new Uint32Array(this.count);
    for (let i = 0; i < this.count; i++) order[i] = i;
    const scores = this.scores;
    order.sort((a, b) => scores[b]! - scores[a]! || a - b);
    let buf = Buffer.alloc(64 * 1024);
    let rank = 0;
    for (const i of order) {
      const len = this.lengths[i]!;
      if (len > buf.length) buf = Buffer.alloc(len);
      readSync(this.fd, buf, 0, len, this.offsets[i]!);
      const row = JSON.parse(buf.toString('utf8', 0, len)) as ScanRow;
      if (scores[i]! >= 0) row.rank = ++rank;
      yield row;
    }
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    try {
      closeSync(this.fd);
    } finally {
      rmSync(this.dir, { recursive: true, force: true });
    }
  }
}
