import type { Document } from 'domhandler';
import { parse } from 'parse5';
import { adapter } from 'parse5-htmlparser2-tree-adapter';

/**
 * A page parsed as browsers parse it (parse5, with scripting on, so `<noscript>` is text) into
 * domhandler nodes: the tree cheerio's `load` builds, without the API object `load` makes per
 * call, which costs as much as parsing a small page.
 */
export function parsePage(html: string): Document {
  return parse(html, { treeAdapter: adapter, scriptingEnabled: true });
}
