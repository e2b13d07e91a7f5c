// How deep markup nests, and markup flattened below a depth: read from the text, without a parser
// (so that a fragment's reader, which needs no parse5, can bound its depth too).

/**
 * Nesting deeper than this is not a page a person wrote (Chromium's parser stops nesting at 512
 * too). parse5 costs time in the page's length times its depth (each start tag looks through the
 * open elements), so 100,000 nested `<div>`s would take minutes: such a page loses the tags nested
 * deeper than this (their text stays) and is parsed by htmlparser2. Every walk over a tree is
 * iterative, so no depth overflows the call stack.
 */
export const MAX_DEPTH = 512;

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr', 'param', 'keygen', 'frame', 'basefont', 'bgsound']);
/** Elements a parser closes by itself (`<p>` before `<p>`): left out of the count, so sloppy pages do not look deep. */
const SELF_CLOSING = new Set(['p', 'li', 'dt', 'dd', 'option', 'optgroup', 'tr', 'td', 'th', 'rt', 'rp']);
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)[^<>]*?(\/?)>/g;

function startTagCount(html: string): number {
  let opens = 0;
  for (let i = html.indexOf('<'); i !== -1; i = html.indexOf('<', i + 1)) {
    const c = html.charCodeAt(i + 1);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) opens++;
  }
  return opens;
}

/** Walk the tags, tracking depth; `drop` is told about each tag nested deeper than `limit`. */
function walkTags(html: string, limit: number, drop: (start: number, end: number) => boolean): number {
  let depth = 0;
  let max = 0;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(html); m !== null; m = TAG.exec(html)) {
    const name = m[2]!.toLowerCase();
    if (m[3] || VOID.has(name) || SELF_CLOSING.has(name)) continue;
    if (m[1]) {
      if (depth > limit && drop(m.index, TAG.lastIndex)) return max;
      depth = Math.max(0, depth - 1);
    } else {
      if (++depth > max) max = depth;
      if (depth > limit && drop(m.index, TAG.lastIndex)) return max;
    }
  }
  return max;
}

/** About how deep the markup nests (start tags minus end tags), stopping once past `limit`. */
export function nestingDepth(html: string, limit: number): number {
  if (startTagCount(html) <= limit) return 0;
  return walkTags(html, limit, () => true);
}

/** The markup without the tags nested deeper than `limit` (their text stays). */
export function flattenDeep(html: string, limit: number): string {
  const parts: string[] = [];
  let last = 0;
  walkTags(html, limit, (start, end) => {
    parts.push(html.slice(last, start));
    last = end;
    return false;
  });
  parts.push(html.slice(last));
  return parts.join('');
}
