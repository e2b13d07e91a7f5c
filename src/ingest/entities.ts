import { decodeHTML } from 'entities';

/**
 * HTML character references decoded with the `entities` package (the tables parse5 and htmlparser2
 * use): named references as the HTML standard lists them, numeric ones, legacy forms without `;`.
 * Map-safe: `&constructor;` or `&toString;` are not references and stay as written (a hand-written
 * table in a plain object would answer them with `Object.prototype`'s functions).
 */
export function decodeHtmlEntities(text: string): string {
  return text.includes('&') ? decodeHTML(text) : text;
}

/** A character reference with its closing semicolon: "&amp;", "&#39;", "&#x2019;", "&ndash;". */
const REFERENCE = /&(?:#x[0-9a-f]{1,6}|#\d{1,7}|[a-z][a-z0-9]{1,31});/gi;

/**
 * A plain text's HTML character references, as an export or a copy of a page's source leaves
 * them ("WHAT WE DON&#39;T NEED", "insurance carriers &amp; brokers"), decoded; only references
 * closed by a semicolon, so that "R&D", "AT&T" or "&copy" without one stay as written.
 */
export function decodeCharacterReferences(text: string): string {
  return text.includes('&') ? text.replace(REFERENCE, (m) => decodeHtmlEntities(m)) : text;
}
