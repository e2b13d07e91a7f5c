/**
 * The glyphs lists are bulleted with, besides dashes, stars and numbers: typography, not language.
 * Text pasted from word processors and PDFs keeps the bullets of their symbol fonts as characters of
 * Unicode's private use area (U+F0B7, U+F0A7, U+F0D8 ...): they are bullets as much as "•" is.
 */
export const BULLET_GLYPHS = '•·▪▫●○◦‣■□►▶➢➤→➔➜⇒✓✔❖◆◇\uF0B7\uF0A7\uF0D8\uF076\uF0FC\uF0A8';

const GLYPHS: ReadonlySet<number> = new Set([...BULLET_GLYPHS].map((c) => c.charCodeAt(0)));

/** Whether a character code is a bullet glyph. */
export const isBulletGlyph = (c: number): boolean => GLYPHS.has(c);

/** A list item's mark at the start of a line's words: a bullet, a dash, a star, a number or letter with a dot or bracket. */
export const BULLET_START = new RegExp(`^(?:[-*o${BULLET_GLYPHS}]\\uFE0F?\\s|\\d{1,2}[.)]|[a-z][.)]\\s)`);

/**
 * Emoji and pictographs that decorate a heading ("🚀 About the role", "✨ Bonus points", "Perks 🎁"),
 * with what joins and modifies them (variation selectors, zero-width joiners, skin tones, keycaps,
 * flags). The pictographs that serve as bullets (▶, ✔, ▪) are bullets, not decoration.
 */
/** One emoji: a pictograph (or a flag's letters) and what modifies and joins it. */
export const EMOJI = /(?:\p{Extended_Pictographic}|\p{Regional_Indicator})(?:[\u{1F3FB}-\u{1F3FF}\uFE0F\u20E3]|\u200D(?:\p{Extended_Pictographic}|\p{Regional_Indicator}))*/u;

/** A code point of an emoji: a pictograph, a flag's letter, a skin tone, a variation selector, a joiner or a keycap. */
const EMOJI_PART = '[\\p{Extended_Pictographic}\\p{Regional_Indicator}\\u{1F3FB}-\\u{1F3FF}\\uFE0F\\u200D\\u20E3]';
const DECORATION = new RegExp(`(?:${EMOJI_PART}[\\s\\u00a0]*)+`, 'uy');
const TRAILING_DECORATION = new RegExp(`[\\s\\u00a0]*(?:${EMOJI_PART}[\\s\\u00a0]*)+$`, 'u');

/** Where text[from, to) starts past the emoji that lead it (and the blanks after them); `from` when none do. */
export function decorationEnd(text: string, from: number, to: number): number {
  const c = text.charCodeAt(from);
  // (Pictographs are outside ASCII; © and ® are the first.)
  // (A bullet glyph in emoji presentation, "✔️" with its variation selector, decorates.)
  if (c < 0xa9 || (isBulletGlyph(c) && text.charCodeAt(from + 1) !== 0xfe0f)) return from;
  DECORATION.lastIndex = from;
  if (!DECORATION.test(text)) return from;
  return Math.min(DECORATION.lastIndex, to);
}

/** Where text[from, to) ends before the emoji that close it (and the blanks before them); `to` when none do. */
export function decorationStart(text: string, from: number, to: number): number {
  if (to <= from || text.charCodeAt(to - 1) < 0xa9) return to;
  const start = Math.max(from, to - 64);
  const m = TRAILING_DECORATION.exec(text.slice(start, to));
  return m ? start + m.index : to;
}

const EMOJI_AT = new RegExp(EMOJI.source, 'uy');

/** The length of the emoji at text[at] (with what modifies and joins it), 0 when none stands there. */
export function emojiAt(text: string, at: number): number {
  const c = text.charCodeAt(at);
  if (c < 0x2190 || isBulletGlyph(c)) return 0;
  EMOJI_AT.lastIndex = at;
  return EMOJI_AT.exec(text)?.[0].length ?? 0;
}
