import { Element, type Document } from 'domhandler';
import { parseDocument } from 'htmlparser2';
import { parse, type Token, type TreeAdapter } from 'parse5';
import { adapter, type Htmlparser2TreeAdapterMap } from 'parse5-htmlparser2-tree-adapter';
import { flattenDeep, MAX_DEPTH, nestingDepth } from './depth.js';

/**
 * The htmlparser2 tree adapter, leaner: an element's attributes are a plain object (V8 then finds
 * an absent name through the object's shape, not by probing a dictionary, and every reader asks
 * about absent names on every element), and no per-element namespace and prefix maps are kept (only
 * serializing would read them). An attribute named `__proto__` is dropped.
 */
const lean: TreeAdapter<Htmlparser2TreeAdapterMap> = {
  ...adapter,
  createElement(tagName: string, namespaceURI: string, attrs: Token.Attribute[]): Element {
    const attribs: Record<string, string> = {};
    for (const { name, value } of attrs) if (name !== '__proto__') attribs[name] = value;
    const node = new Element(tagName, attribs, []);
    node.namespace = namespaceURI;
    return node;
  },
  adoptAttributes(recipient: Element, attrs: Token.Attribute[]): void {
    for (const { name, value } of attrs) if (name !== '__proto__' && !Object.hasOwn(recipient.attribs, name)) recipient.attribs[name] = value;
  },
};

/**
 * A page parsed as browsers parse it (parse5, with scripting on, so `<noscript>` is text) into
 * domhandler nodes: the tree cheerio's `load` builds, without the API object `load` makes per
 * call, which costs as much as parsing a small page.
 */
export function parsePage(html: string): Document {
  if (nestingDepth(html, MAX_DEPTH) > MAX_DEPTH) return parseDocument(flattenDeep(html, MAX_DEPTH), { decodeEntities: true });
  return parse(html, { treeAdapter: lean, scriptingEnabled: true });
}
