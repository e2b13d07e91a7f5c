import { describe, expect, it } from 'vitest';
import { formatDuration, progressBar, progressLine } from '../../src/scan/progress.js';

describe('progress', () => {
  it('shows done/total, rate and time left', () => {
    expect(progressLine(250, 1000, 5, 80)).toBe(`[${'#'.repeat(10)}${'-'.repeat(30)}] 250/1000  50.0/s  15s left`);
  });

  it('shows the count and rate when the total is unknown', () => {
    expect(progressLine(1200, undefined, 2, 80, { failed: 3 })).toBe('scanning 1200 postings  600/s  3 failed');
  });

  it('formats durations', () => {
    expect([formatDuration(5), formatDuration(125), formatDuration(7300), formatDuration(Infinity)]).toEqual(['5s', '2m05s', '2h01m', '--']);
  });

  it('draws nothing when stderr is not a terminal', () => {
    const out: string[] = [];
    const bar = progressBar({ write: (s) => out.push(s), isTTY: false });
    bar.update(5);
    bar.done();
    expect(out).toEqual([]);
  });

  it('redraws one line on a terminal and clears it at the end', () => {
    const out: string[] = [];
    let t = 0;
    const bar = progressBar({ write: (s) => out.push(s), isTTY: true }, { now: () => t, intervalMs: 100 });
    bar.setTotal(10);
    t = 1000;
    bar.update(5);
    bar.update(6); // within the interval: not drawn
    bar.done();
    expect(out.length).toBe(2);
    expect(out[0]).toMatch(/^\r\[#+-+\] 5\/10  5\.0\/s  1s left\u001b\[K$/);
    expect(out[1]).toBe('\r\u001b[K');
  });
});
