/**
 * The glyphs lists are bulleted with, besides dashes, stars and numbers: typography, not language.
 * Text pasted from word processors and PDFs keeps the bullets of their symbol fonts as characters of
 * Unicode's private use area (U+F0B7, U+F0A7, U+F0D8 ...): they are bullets as much as "•" is.
 */
export const BULLET_GLYPHS = '•·▪▫●○◦‣■□►▶➢➤✓✔❖◆◇\uF0B7\uF0A7\uF0D8\uF076\uF0FC\uF0A8';

const GLYPHS: ReadonlySet<number> = new Set([...BULLET_GLYPHS].map((c) => c.charCodeAt(0)));

/** Whether a character code is a bullet glyph. */
export const isBulletGlyph = (c: number): boolean => GLYPHS.has(c);
