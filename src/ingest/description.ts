import { decodeCharacterReferences, decodeHtmlEntities } from './entities.js';
import { htmlValueToText } from './html/job-posting.js';

/**
 * An export's description (a JSONL field, a CSV cell) to the posting's text. Exports hold it in
 * every shape scrapers leave: HTML ("<p><strong>Requirements</strong></p><ul><li>..."), HTML
 * escaped once or twice more ("&lt;ul&gt;&lt;li&gt;..."), plain text with character references
 * ("DON&#39;T", "R&amp;D"), and text whose line breaks were escaped once more than the format needs
 * ("Requirements:\n- SQL" as the two characters `\` `n`, in a CSV cell or a JSONL string).
 */

/** The tags descriptions are written with (not any `<word>`: "List<String>" is no markup). */
const HTML_TAG = /<\/?(?:p|br|li|ul|ol|div|h[1-6]|strong|b|em|i|u|span|table|tbody|thead|tr|td|th|section|article)\b[^<>]*>/i;
/** The same tags with their `<` written as `&lt;` (or `&amp;lt;`, escaped twice). */
const ESCAPED_HTML_TAG = /&(?:amp;){0,2}lt;\/?(?:p|br|li|ul|ol|div|h[1-6]|strong|b|em|i|u|span|table|tbody|thead|tr|td|th|section|article)(?:\s|\/|&(?:amp;){0,2}gt;)/i;

/** JSON's escapes in a text that was escaped once more than its format needs: `\n`, `\t`, `\"`, `\\`, `\u2022`. */
const ESCAPE = /\\(?:u([0-9a-fA-F]{4})|([nrt"\\/]))/g;
const UNESCAPED: Record<string, string> = { n: '\n', r: '\r', t: '\t', '"': '"', '\\': '\\', '/': '/' };

/**
 * Line breaks written as `\n`: a text without a single real line break and with two escaped ones
 * at least is a text escaped once more than its format needs, and all its JSON escapes are read.
 * (One `\n` alone, in a text that has real lines, or a path like `C:\new` stays as written.)
 */
export function unescapeLiteralBreaks(text: string): string {
  if (text.includes('\n')) return text;
  const first = text.indexOf('\\n');
  if (first < 0 || text.indexOf('\\n', first + 2) < 0) return text;
  return text.replace(ESCAPE, (_, hex: string | undefined, c: string | undefined) => (hex ? String.fromCharCode(parseInt(hex, 16)) : UNESCAPED[c!]!));
}

/**
 * Does the markup carry the text's lines? Yes when the text has no line break of its own, or when a
 * half its lines at least hold a tag (HTML written over lines). A text whose lines are its own,
 * with a stray tag here and there ("Requirements</h2>", "<b>Salary</b>"), is plain text: parsed as
 * HTML, its line breaks would be read as spaces.
 */
function markupCarriesLines(text: string): boolean {
  if (!text.includes('\n')) return true;
  let lines = 0;
  let tagged = 0;
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    lines++;
    if (HTML_TAG.test(line)) tagged++;
  }
  return tagged * 2 >= lines;
}

const BLOCK_TAG = /<(?:br|\/?(?:p|div|ul|ol|h[1-6]|tr|table|section|article))\b[^<>]*>/gi;
const LIST_ITEM = /<li\b[^<>]*>/gi;
const ANY_TAG = /<\/?[a-z][a-z0-9]*\b[^<>]*>/gi;

/** Plain text with stray tags: its own lines kept, a block tag ends a line, an item starts one, other tags go. */
function stripStrayTags(text: string): string {
  return decodeCharacterReferences(text.replace(LIST_ITEM, '\n- ').replace(BLOCK_TAG, '\n').replace(ANY_TAG, ''))
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** An export's description to plain text with its line structure: see the module's comment. */
export function descriptionToText(raw: string): string {
  let text = unescapeLiteralBreaks(raw);
  if (!HTML_TAG.test(text)) {
    // Markup escaped once or twice more: its entities off, one level at a time.
    for (let i = 0; i < 2 && ESCAPED_HTML_TAG.test(text) && !HTML_TAG.test(text); i++) text = decodeHtmlEntities(text);
    if (!HTML_TAG.test(text)) return decodeCharacterReferences(text);
  }
  return markupCarriesLines(text) ? htmlValueToText(text) : stripStrayTags(text);
}
