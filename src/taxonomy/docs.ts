import type { CompiledTaxonomy } from './compile.js';
import { byText } from '../compare-text.js';

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** docs/skills.md: every skill with its aliases and parents, grouped by category. */
export function skillsMarkdown(t: CompiledTaxonomy): string {
  const skills = [...t.skills.values()].sort((a, b) => byText(a.category, b.category) || byText(a.label, b.label) || byText(a.id, b.id));
  const categories = [...new Set(skills.map((s) => s.category))];
  let out = `# Skills\n\nGenerated from \`taxonomies/*.yaml\` by \`npm run generate\`: do not edit. ${skills.length} skills in ${categories.length} categories.\n`;
  out += `Sources and attribution: [taxonomies/NOTICE](../taxonomies/NOTICE).\n\n`;
  out += categories.map((c) => `[${c}](#${c})`).join(' · ') + '\n';
  for (const c of categories) {
    out += `\n## ${c}\n\n| skill | id | aliases | parents |\n|---|---|---|---|\n`;
    for (const s of skills.filter((x) => x.category === c)) {
      out += `| ${cell(s.label)} | \`${s.id}\` | ${cell((s.aliases ?? []).join(', '))} | ${cell((s.parents ?? []).join(', '))} |\n`;
    }
  }
  return out;
}
