import type { AnyNode, Element } from 'domhandler';
import { isWhiteSpace } from '../../white-space.js';

/**
 * DOM to plain text with the line structure sections need: block elements and `<br>` end lines,
 * headings stand on their own lines (after a blank line), `<li>` become "- item" lines (indented
 * two spaces per nesting level), table cells are joined with " | ", runs of whitespace collapse to
 * one space. Entities were decoded by the parser. One pass, no mutation of the document.
 */

const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'header', 'hgroup', 'hr', 'html', 'legend', 'li', 'main',
  'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'tfoot', 'thead', 'tr', 'ul',
]);
const HEADING = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
/** Elements whose content is never posting text. */
const NEVER = new Set([
  'head', 'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas', 'video',
  'audio', 'img', 'picture', 'button', 'select', 'option', 'input', 'textarea', 'link', 'meta',
]);
const CELL = new Set(['td', 'th']);

export interface ToTextOptions {
  /** Leave this element (and its content) out. */
  skip?: (el: Element) => boolean;
  /** Leave this element and all its following siblings out (a "Similar jobs" heading before its cards). */
  skipRest?: (el: Element) => boolean;
}

/** Is the element hidden by markup (`hidden`, `aria-hidden`, an inline `display:none`)? */
export function isHidden(el: Element): boolean {
  const a = el.attribs;
  if (a['hidden'] !== undefined || a['aria-hidden'] === 'true') return true;
  const style = a['style'];
  return style !== undefined && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

/** Lines built from parts: no string is re-read to learn how it ends (a rope would be flattened each time). */
class LineWriter {
  private readonly lines: string[] = [];
  private readonly parts: string[] = [];
  /** The current line has no content yet. */
  empty = true;
  private endsWithSpace = false;
  private prefix: string | null = null;
  private blankBefore = false;

  private start(): void {
    if (this.blankBefore && this.lines.length > 0 && this.lines[this.lines.length - 1] !== '') this.lines.push('');
    this.blankBefore = false;
    if (this.prefix !== null) {
      this.parts.push(this.prefix);
      this.prefix = null;
    }
    this.empty = false;
  }

  /** Text with its whitespace already collapsed to single spaces. */
  text(s: string, keepIndent = false): void {
    if (this.empty) {
      let i = 0;
      while (i < s.length && s.charCodeAt(i) === 32) i++;
      if (i === s.length) return;
      if (i > 0 && !keepIndent) s = s.slice(i);
      this.start();
    } else if (this.endsWithSpace && s.charCodeAt(0) === 32) {
      s = s.slice(1);
      if (s === '') return;
    }
    this.parts.push(s);
    this.endsWithSpace = s.charCodeAt(s.length - 1) === 32;
  }

  /** One space between words (a whitespace-only text node). */
  space(): void {
    if (!this.empty && !this.endsWithSpace) {
      this.parts.push(' ');
      this.endsWithSpace = true;
    }
  }

  /** Text that must not merge with a neighbour (a cell separator) unless the line is empty. */
  separator(s: string): void {
    if (this.empty || this.prefix !== null) return;
    if (this.endsWithSpace) this.parts.push(this.parts.pop()!.trimEnd());
    this.parts.push(s);
    this.endsWithSpace = s.charCodeAt(s.length - 1) === 32;
  }

  /**
   * The bar that opens a row whose first cell is empty (the corner of a table headed along both
   * edges: "| | Essential | Desirable" above "Experience | 2+ years ... | ..."), so that its cells
   * stay in their columns.
   */
  emptyFirstCell(): void {
    if (!this.empty || this.prefix !== null) return;
    this.start();
    this.parts.push('|');
    this.endsWithSpace = false;
  }

  /** End the current line; `blank` asks for an empty line before the next content. */
  breakLine(blank = false): void {
    if (!this.empty) {
      const line = this.parts.length === 1 ? this.parts[0]! : this.parts.join('');
      this.lines.push(this.endsWithSpace ? line.trimEnd() : line);
      this.parts.length = 0;
      this.empty = true;
      this.endsWithSpace = false;
    }
    if (blank) this.blankBefore = true;
  }

  bullet(prefix: string): void {
    this.breakLine();
    this.prefix = prefix;
  }

  dropBullet(): void {
    if (this.empty) this.prefix = null;
  }

  result(): string {
    this.breakLine();
    return this.lines.join('\n');
  }
}

const WS = /\s+/g;
const BLANK = 0;
const CLEAN = 1;
const COLLAPSE = 2;

/** One pass over a text node: all whitespace (BLANK), nothing to collapse (CLEAN), or COLLAPSE. */
function whitespaceKind(s: string): number {
  let content = false;
  let collapse = false;
  let prevSpace = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32) {
      if (prevSpace) collapse = true;
      prevSpace = true;
    } else if (isWhiteSpace(c)) {
      collapse = true;
      prevSpace = true;
    } else {
      content = true;
      prevSpace = false;
    }
  }
  return !content ? BLANK : collapse ? COLLAPSE : CLEAN;
}

const EXIT_NONE = 0;
const EXIT_HEADING = 1;
const EXIT_ITEM = 2;
const EXIT_BLOCK = 3;
const EXIT_LIST = 4;

/** Children still to visit, and what to do when they are done. */
interface Frame {
  nodes: readonly AnyNode[];
  i: number;
  pre: boolean;
  /** Children of an element or root (not the top-level nodes): `skipRest` applies. */
  children: boolean;
  exit: number;
}

/**
 * Plain text of nodes (an element, its children, or a whole document). The walk is iterative, with
 * its own stack: nesting of any depth costs linear time and never overflows the call stack.
 */
export function nodesToText(nodes: AnyNode | readonly AnyNode[], options: ToTextOptions = {}): string {
  const out = new LineWriter();
  const { skip, skipRest } = options;
  let listDepth = 0;
  const stack: Frame[] = [{ nodes: Array.isArray(nodes) ? nodes : [nodes as AnyNode], i: 0, pre: false, children: false, exit: EXIT_NONE }];

  const text = (data: string, pre: boolean): void => {
    if (pre) {
      const parts = data.split('\n');
      parts.forEach((p, i) => {
        if (i > 0) out.breakLine();
        if (p !== '') out.text(p.replace(/\t/g, '  '), true);
      });
    } else {
      const kind = whitespaceKind(data);
      if (kind === BLANK) out.space();
      else out.text(kind === CLEAN ? data : data.replace(WS, ' '));
    }
  };

  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    if (frame.i >= frame.nodes.length) {
      stack.pop();
      switch (frame.exit) {
        case EXIT_HEADING:
          out.breakLine();
          break;
        case EXIT_ITEM:
          out.dropBullet();
          out.breakLine();
          break;
        case EXIT_LIST:
          listDepth--;
          out.breakLine();
          break;
        case EXIT_BLOCK:
          out.breakLine();
          break;
      }
      continue;
    }
    const node = frame.nodes[frame.i++]!;
    const pre = frame.pre;
    if (node.type === 'text') {
      text((node as { data: string }).data, pre);
      continue;
    }
    if (node.type === 'root') {
      stack.push({ nodes: (node as { children: AnyNode[] }).children, i: 0, pre, children: true, exit: EXIT_NONE });
      continue;
    }
    if (node.type !== 'tag') continue; // script, style, comment, directive, cdata
    const el = node as Element;
    if (frame.children && skipRest && skipRest(el)) {
      frame.i = frame.nodes.length;
      continue;
    }
    const name = el.name;
    if (NEVER.has(name) || isHidden(el) || (skip && skip(el))) continue;
    if (name === 'br') {
      out.breakLine();
      continue;
    }
    let exit = EXIT_NONE;
    let childPre = pre;
    if (HEADING.has(name)) {
      out.breakLine(true);
      exit = EXIT_HEADING;
    } else if (name === 'li') {
      out.bullet('  '.repeat(Math.max(0, listDepth - 1)) + '- ');
      exit = EXIT_ITEM;
    } else if (CELL.has(name)) {
      if (out.empty && cornerCell(el)) out.emptyFirstCell();
      else out.separator(' | ');
      // (A cell that holds one paragraph, as a Word table's do, "<td><p>Essential</p></td>", is
      // one cell of its row's line, not a line of its own.)
      const only = loneBlock(el);
      if (only) {
        stack.push({ nodes: only.children, i: 0, pre, children: true, exit });
        continue;
      }
      // (And one that holds a few short paragraphs or list items, as a person specification's
      // "Essential" cell does in Word, stays on its row's line too, its paragraphs joined by "; ",
      // so that each keeps its column: "Experience | Two years of SQL; Excel | Python or R".)
      const paragraphs = pre ? undefined : cellParagraphs(el);
      if (paragraphs) {
        out.text(paragraphs);
        continue;
      }
    } else if (BLOCK.has(name)) {
      const list = name === 'ul' || name === 'ol';
      if (list) listDepth++;
      out.breakLine();
      childPre = pre || name === 'pre';
      exit = list ? EXIT_LIST : EXIT_BLOCK;
    }
    stack.push({ nodes: el.children, i: 0, pre: childPre, children: true, exit });
  }
  return out.result();
}

/** The one paragraph (or division) a cell holds with no other content beside it, or undefined. */
function loneBlock(cell: Element): Element | undefined {
  let only: Element | undefined;
  for (const c of cell.children) {
    if (c.type === 'text') {
      if (!isBlank((c as { data: string }).data)) return undefined;
    } else if (c.type === 'tag') {
      if (only || ((c as Element).name !== 'p' && (c as Element).name !== 'div')) return undefined;
      only = c as Element;
    }
  }
  return only;
}

/** The most paragraphs (or list items) a cell holds to stay on its row's line, and the longest of them. */
const CELL_PARAGRAPHS = 12;
const CELL_PARAGRAPH_CHARS = 200;

/**
 * The text of a cell of a table's row of two cells or more, when the cell holds nothing but two to
 * CELL_PARAGRAPHS short paragraphs or list items (a layout's cell, which holds a page, does not):
 * its paragraphs on one line, joined by "; " (or by a space after their own stop), else undefined.
 */
function cellParagraphs(cell: Element): string | undefined {
  let cells = 0;
  for (const c of cell.parent?.children ?? []) if (c.type === 'tag' && CELL.has((c as Element).name) && ++cells === 2) break;
  if (cells < 2) return undefined;
  const paragraphs: string[] = [];
  const add = (el: Element): boolean => {
    const t = inlineText(el);
    if (t.length > CELL_PARAGRAPH_CHARS || paragraphs.length >= CELL_PARAGRAPHS) return false;
    if (t !== '') paragraphs.push(t);
    return true;
  };
  for (const c of cell.children) {
    if (c.type === 'text') {
      if (!isBlank((c as { data: string }).data)) return undefined;
      continue;
    }
    if (c.type !== 'tag') continue;
    const el = c as Element;
    if (NEVER.has(el.name) || isHidden(el)) continue;
    if (el.name === 'p' || el.name === 'div') {
      if (!add(el)) return undefined;
    } else if (el.name === 'ul' || el.name === 'ol') {
      for (const li of el.children) {
        if (li.type === 'text' && isBlank((li as { data: string }).data)) continue;
        if (li.type !== 'tag' || (li as Element).name !== 'li' || !add(li as Element)) return undefined;
      }
    } else return undefined;
  }
  if (paragraphs.length < 2) return undefined;
  let line = paragraphs[0]!;
  for (let k = 1; k < paragraphs.length; k++) line += (/[.;:,!?]$/.test(line) ? ' ' : '; ') + paragraphs[k]!;
  return line;
}

/** How many cells after an empty first one hold text for the row to be a table's, not a layout's spacer and its content. */
const CORNER_CELLS = 2;

/**
 * Whether a cell is the empty first cell of a row with text in at least CORNER_CELLS cells after
 * it: a table's corner, which keeps its place ("| | Essential | Desirable").
 */
function cornerCell(cell: Element): boolean {
  if (hasText(cell, 0)) return false;
  for (let p = cell.prev; p; p = p.prev) if (p.type === 'tag' && CELL.has((p as Element).name)) return false;
  let filled = 0;
  for (let n = cell.next; n && filled < CORNER_CELLS; n = n.next) if (n.type === 'tag' && CELL.has((n as Element).name) && hasText(n as Element, 0)) filled++;
  return filled >= CORNER_CELLS;
}

/** Whether an element holds text other than blanks (looked for to a small depth: a cell's paragraph and its runs). */
function hasText(el: Element, depth: number): boolean {
  for (const c of el.children) {
    if (c.type === 'text' && !isBlank((c as { data: string }).data)) return true;
    if (c.type === 'tag' && depth < 4 && !NEVER.has((c as Element).name) && hasText(c as Element, depth + 1)) return true;
  }
  return false;
}

const isBlank = (s: string): boolean => whitespaceKind(s) === BLANK;

/** Text of an element on one line: whitespace (line breaks included) collapsed, trimmed. Iterative. */
export function inlineText(nodes: AnyNode | readonly AnyNode[]): string {
  const parts: string[] = [];
  const stack: AnyNode[] = [];
  const top = Array.isArray(nodes) ? nodes : [nodes as AnyNode];
  for (let i = top.length - 1; i >= 0; i--) stack.push(top[i]!);
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n.type === 'text') parts.push((n as { data: string }).data);
    else if (n.type === 'tag' || n.type === 'root') {
      const el = n as Element;
      if (n.type === 'tag' && (NEVER.has(el.name) || isHidden(el))) continue;
      if (n.type === 'tag' && (el.name === 'br' || BLOCK.has(el.name) || HEADING.has(el.name))) parts.push(' ');
      for (let i = el.children.length - 1; i >= 0; i--) stack.push(el.children[i]!);
    }
  }
  return parts.join('').replace(WS, ' ').trim();
}
