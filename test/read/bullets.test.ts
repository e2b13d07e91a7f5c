import { describe, expect, it } from 'vitest';
import { decorationEnd, decorationStart, isBulletGlyph } from '../../src/read/bullets.js';
import { read } from '../../src/read/index.js';

describe('bullets and decoration', () => {
  it('knows the bullets of symbol fonts and the common glyphs', () => {
    for (const c of ['•', '●', '■', '➢', '✓', '\uF0B7']) expect(isBulletGlyph(c.charCodeAt(0)), c).toBe(true);
    expect(isBulletGlyph('-'.charCodeAt(0))).toBe(false);
  });
  it('finds where a heading starts past the emoji that lead it, joiners and modifiers included', () => {
    const starts = (s: string) => s.slice(decorationEnd(s, 0, s.length));
    expect(starts('🚀 About the role')).toBe('About the role');
    expect(starts('⭐️ Nice to have')).toBe('Nice to have');
    expect(starts('👩‍💻 Who you are')).toBe('Who you are');
    expect(starts('👍🏽 Perks')).toBe('Perks');
    expect(starts('🇩🇪🇬🇧 Requirements')).toBe('Requirements');
    expect(starts('✨✨ Bonus points')).toBe('Bonus points');
    // A line without any is left as it is, and so is a bullet that happens to be a pictograph.
    expect(starts('Requirements')).toBe('Requirements');
    expect(starts('Über uns')).toBe('Über uns');
    expect(starts('▶ Python')).toBe('▶ Python');
    expect(starts('✔ SQL')).toBe('✔ SQL');
  });
  it('finds where a heading ends before the emoji that close it', () => {
    const ends = (s: string) => s.slice(0, decorationStart(s, 0, s.length));
    expect(ends('Perks 🎁')).toBe('Perks');
    expect(ends('About the role 🚀✨')).toBe('About the role');
    expect(ends('Requirements')).toBe('Requirements');
    expect(ends('Café')).toBe('Café');
  });
  it('reads a posting whose headings are decorated with emoji', () => {
    const text = 'ML Engineer\n\n💡 What you\'ll do\n- Ship models\n\n🧰 What you bring\n- Python\n\n✨ Bonus points\n- Rust\n\nPerks 🎁\n- Equity\n';
    expect(read(text, {}).sections.map((s) => s.kind)).toEqual(['title', 'responsibilities', 'requirements', 'preferred', 'benefits']);
  });
});
