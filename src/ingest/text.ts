import { InputError } from '../errors.js';
import { makePosting, normalizeText, type Posting, type PostingFacts } from './posting.js';

const FIELD = /^[ \t]*(?:[*_]{2})?(job title|title|position|role|company|employer|location|date posted|posted|employment type|job type|salary|compensation)(?:[*_]{2})?[ \t]*:[ \t]*(.+?)[ \t]*$/gim;

/** Facts a plain-text posting states in `Field: value` lines near its top, and its first line as title. */
export function textFacts(text: string): PostingFacts {
  const facts: PostingFacts = {};
  const head = text.slice(0, 3000);
  FIELD.lastIndex = 0;
  for (let m = FIELD.exec(head); m !== null; m = FIELD.exec(head)) {
    const value = m[2]!.replace(/[*_]{2}/g, '').trim();
    if (!value || value.length > 120) continue;
    switch (m[1]!.toLowerCase()) {
      case 'job title': case 'title': case 'position': case 'role': facts.title ??= value; break;
      case 'company': case 'employer': facts.company ??= value; break;
      case 'location': facts.location ??= value; break;
      case 'date posted': case 'posted': facts.datePosted ??= value; break;
      case 'employment type': case 'job type': facts.employmentType ??= value; break;
      case 'salary': case 'compensation': facts.salary ??= value; break;
    }
  }
  if (!facts.title) {
    const first = text.split('\n').find((l) => l.trim().length > 0)?.trim().replace(/^#{1,6}\s+/, '').replace(/^[*_]{2}(.+)[*_]{2}$/, '$1');
    if (first && first.length <= 100 && first.split(/\s+/).length <= 14 && !/[.!?:]$/.test(first)) facts.title = first;
  }
  return facts;
}

/** A .txt/.md posting or stdin: the text is the input itself with \r\n -> \n and the BOM dropped. */
export function postingFromText(source: string, raw: string): Posting {
  const text = normalizeText(raw);
  if (text.trim().length === 0) throw new InputError('empty', `${source}: is empty`);
  return makePosting(source, text, textFacts(text));
}
