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
