import * as z from 'zod/mini';
import '../schema-kit.js';

/** A posting as ingest hands it to extraction: its plain text plus whatever facts the source gave. */
export const PostingSchema = z.object({
  /** What the user gave: a path, `-` for stdin, a URL, or `file.jsonl#12` for a row of an export. */
  source: z.string(),
  title: z.nullable(z.string()),
  company: z.nullable(z.string()),
  location: z.nullable(z.string()),
  url: z.nullable(z.string()),
  datePosted: z.nullable(z.string()),
  employmentType: z.nullable(z.string()),
  salary: z.nullable(z.string()),
  /** The plain text that is analysed; mention offsets index into it. */
  text: z.string(),
  /** What reading the input noticed and worked around (an encoding that did not fit); absent when nothing. */
  warnings: z.optional(z.array(z.string())),
});
export type Posting = z.infer<typeof PostingSchema>;
