import type { Analysis } from '../../analyze.js';
import type { ExtractOutput, FailedInput } from '../../extract/schema.js';
import type { Plan } from '../../plan/index.js';
import type { DiffOutput } from '../../scan/diff.js';
import type { ScanRow, ScanSummary } from '../../scan/schema.js';
import type { MergedKeywords } from '../../suggest/merge.js';
import type { PostingFacts } from '../keywords-text.js';
import type { Style } from '../style.js';

/** What every renderer may use besides its report: terminal styling, ranking length, a title. */
export interface RenderOptions {
  style?: Style;
  /** Length of rankings (scan). */
  top?: number;
}

export interface PlanReport {
  plan: Plan;
  failed: readonly FailedInput[];
  title: string;
  /** Postings the plan was made from. */
  postings: number;
}

export interface KeywordsReport {
  postings: readonly (PostingFacts | FailedInput)[];
  merged: MergedKeywords;
}

export interface ScanReport {
  summary: ScanSummary;
  /** Every posting's row, ranked best first (only for formats with `scanRows: 'all'`). */
  rows?: Iterable<ScanRow>;
}

/** The reports a format can render, by the command that makes them. */
export interface Renderers {
  extract(out: ExtractOutput, options: RenderOptions): string;
  analysis(results: readonly (Analysis | FailedInput)[], options: RenderOptions): string;
  plan(report: PlanReport, options: RenderOptions): string;
  keywords(report: KeywordsReport, options: RenderOptions): string;
  /** A scan, in pieces to write one after another (a scan of 100,000 postings is not one string). */
  scan(report: ScanReport, options: RenderOptions): Iterable<string>;
  /** Trends between two scans (`skillgap diff`). */
  diff(report: DiffOutput, options: RenderOptions): string;
}

export type ReportKind = keyof Renderers;

/**
 * One output format: its name (`--format NAME`), how it is served or saved, and the reports it
 * renders. The CLI and the web app look formats up by name in the registry; a new format is a new
 * module there.
 */
export interface ReportFormat {
  name: string;
  /** Content-Type, for the web app's downloads. */
  mediaType: string;
  /** File extension, with the dot. */
  extension: string;
  render: Partial<Renderers>;
  /**
   * Scans: `stream` formats write each posting as it finishes (`scanRow`, then the summary); `all`
   * formats list every posting, so the rows are kept until the end; others render the summary only.
   */
  scanRows?: 'stream' | 'all';
  scanRow?(row: ScanRow): string;
}
