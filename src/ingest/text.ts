import { basename, extname } from 'node:path';
import { InputError } from '../errors.js';
import { decodeCharacterReferences } from './entities.js';
import { makePosting, normalizeText, type Posting, type PostingFacts } from './posting.js';

/**
 * Facts a file's name states: `<id>_<Company>_<Title>.txt`, as exports and scrapers name postings
 * ("1042_Acme-Robotics_Senior-Data-Scientist.txt"). The id holds a digit; a part without spaces has
 * its hyphens read as spaces; the title has two words at least. Any other name states nothing. (A posting's own text, its "Title:"
 * lines and its title line, are read by the reading stage: see read/index.ts.)
 */
export function fileNameFacts(source: string): PostingFacts {
  const name = basename(source, extname(source));
  const parts = name.split('_');
  if (parts.length < 3 || !/^[A-Za-z]*\d[\w-]*$/.test(parts[0]!)) return {};
  const clean = (s: string) => (/\s/.test(s) ? s : s.replace(/-+/g, ' ')).trim();
  const title = clean(parts[parts.length - 1]!);
  const company = clean(parts.slice(1, -1).join(' '));
  // (A title of one word is no title, and its name no such export's: "11_data_governance.txt",
  // "d04_startup_backend.txt" name a file, not "governance" at "data".)
  return title && company && /\p{L}/u.test(title) && /\S\s+\S/.test(title) ? { title, company } : {};
}

/**
 * A .txt/.md posting or stdin: the text is the input itself with \r\n -> \n, the BOM dropped and
 * HTML character references decoded ("DON&#39;T", "&amp;", as text copied from a page's source has them).
 */
export function postingFromText(source: string, raw: string, warnings: readonly string[] = []): Posting {
  const text = decodeCharacterReferences(normalizeText(raw));
  if (text.trim().length === 0) throw new InputError('empty', `${source}: is empty`);
  return makePosting(source, text, fileNameFacts(source), warnings);
}
