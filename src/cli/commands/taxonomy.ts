import { Command } from 'commander';
import { ConfigError } from '../../errors.js';
import { applyOverlay } from '../../taxonomy/load.js';
import { checkTaxonomy, listTaxonomyFiles, readTaxonomyFiles } from '../../taxonomy/index.js';
import type { SkillEntry } from '../../taxonomy/schema.js';
import { searchSkills, taxonomyStats } from '../../taxonomy/stats.js';
import { suspiciousLinks } from '../../taxonomy/review.js';
import { taxonomyFor } from '../inputs.js';
import { collect, parseFormat, type RunState } from '../io.js';
import { byText } from '../../compare-text.js';

interface Flags {
  taxonomy?: string[];
  format?: string;
  category?: string;
}

const line = (s: SkillEntry) => `${s.id.padEnd(32)} ${s.label.padEnd(32)} ${s.category}`;

export function taxonomyCommand(state: RunState): Command {
  const out = (s: string) => state.io.stdout.write(s.endsWith('\n') ? s : `${s}\n`);
  const withOverlay = (c: Command) => c.option('--taxonomy <file>', 'include your taxonomy overlay (repeatable)', collect);
  const json = (c: Command) => c.option('-f, --format <format>', 'text or json', 'text');
  const asJson = (flags: Flags) => parseFormat(flags.format ?? 'text', ['text', 'json'] as const) === 'json';

  const cmd = new Command('taxonomy')
    .summary('list, show, search, check and count the skills skillgap knows')
    .description('Inspect the skills taxonomy, and check a taxonomy overlay of your own before using it.')
    .addHelpText(
      'after',
      `
Examples:
  skillgap taxonomy search torch
  skillgap taxonomy show pytorch
  skillgap taxonomy list --category ml-framework
  skillgap taxonomy validate my-skills.yaml
  skillgap taxonomy stats`,
    );

  cmd.addCommand(
    json(withOverlay(new Command('list').description('list every skill (id, label, category)').option('-c, --category <name>', 'only this category'))).action(
      (flags: Flags) => {
        const skills = [...taxonomyFor(flags, true).skills.values()].filter((s) => !flags.category || s.category === flags.category);
        if (flags.category && skills.length === 0) throw new ConfigError('usage', `--category: no skill has the category '${flags.category}' (see \`skillgap taxonomy stats\`)`);
        skills.sort((a, b) => byText(a.id, b.id));
        out(asJson(flags) ? JSON.stringify(skills.map(({ source: _s, ...s }) => s), null, 2) : skills.map(line).join('\n'));
      },
    ),
  );

  cmd.addCommand(
    json(withOverlay(new Command('show').description('everything about one skill').argument('<id>', 'skill id, label or alias'))).action((query: string, flags: Flags) => {
      const t = taxonomyFor(flags, true);
      const skill = t.skills.get(query) ?? searchSkills(t, query)[0];
      if (!skill) throw new ConfigError('usage', `no skill matches '${query}' (try \`skillgap taxonomy search ${query}\`)`);
      if (asJson(flags)) {
        out(JSON.stringify(skill, null, 2));
        return;
      }
      const children = [...t.skills.values()].filter((s) => s.parents?.includes(skill.id)).map((s) => s.id);
      const rows: [string, string][] = [
        ['id', skill.id],
        ['label', skill.label],
        ['category', skill.category],
        ['aliases', (skill.aliases ?? []).join(', ')],
        ['parents', t.ancestorsOf(skill.id).join(' -> ')],
        ['children', children.join(', ')],
        ['related', [...(t.related.get(skill.id) ?? [])].join(', ')],
        ['part of', (skill.partOf ?? []).join(', ')],
        ['used for', (skill.usedFor ?? []).join(', ')],
        ['requires', (skill.requires ?? []).join(', ')],
        ['meets', t.meetsOf(skill.id).join(', ')],
        ['evidence', (skill.evidence ?? []).join('; ')],
        ['ambiguity', skill.ambiguity ? JSON.stringify(skill.ambiguity) : ''],
        ['source', `${skill.source.file}:${skill.source.line}`],
      ];
      out(rows.filter(([, v]) => v).map(([k, v]) => `${k.padEnd(10)} ${v}`).join('\n'));
    }),
  );

  cmd.addCommand(
    json(withOverlay(new Command('search').description('find skills by id, label or alias').argument('<text>', 'what to look for'))).action((query: string, flags: Flags) => {
      const found = searchSkills(taxonomyFor(flags, true), query);
      if (asJson(flags)) {
        out(JSON.stringify(found.map((s) => ({ id: s.id, label: s.label, category: s.category, aliases: s.aliases ?? [] })), null, 2));
        return;
      }
      out(found.length ? found.map(line).join('\n') : `no skill matches '${query}'`);
    }),
  );

  cmd.addCommand(
    new Command('validate')
      .description('check the bundled taxonomy and your overlay files: schema, references, forms claimed twice, examples')
      .argument('[overlays...]', 'your taxonomy overlay files')
      .action((overlays: string[]) => {
        let entries = readTaxonomyFiles(listTaxonomyFiles());
        for (const o of overlays) entries = applyOverlay(entries, o);
        const { problems, failures, examples } = checkTaxonomy(entries);
        for (const p of [...problems, ...failures]) state.io.stderr.write(`${p}\n`);
        const bad = problems.length + failures.length;
        out(`${entries.length} skills, ${problems.length} problems, ${examples} examples run, ${failures.length} failing`);
        if (bad > 0) throw new ConfigError('taxonomy-invalid', `the taxonomy has ${bad} problem${bad === 1 ? '' : 's'} (listed above)`);
      }),
  );

  cmd.addCommand(
    json(withOverlay(new Command('review').description('links that look against the relation rules (docs/taxonomy-format.md), for a person to review'))).action((flags: Flags) => {
      const found = suspiciousLinks(taxonomyFor(flags, true));
      if (asJson(flags)) {
        out(JSON.stringify(found.map((f) => ({ skill: f.skill.id, field: f.field, target: f.target, reason: f.reason, source: f.skill.source })), null, 2));
        return;
      }
      out([...found.map((f) => `${f.skill.source.file}:${f.skill.source.line}: ${f.skill.id} ${f.field} ${f.target}: ${f.reason}`), `${found.length} link${found.length === 1 ? '' : 's'} to review`].join('\n'));
    }),
  );

  cmd.addCommand(
    json(withOverlay(new Command('stats').description('counts: skills, forms, categories, files'))).action((flags: Flags) => {
      const s = taxonomyStats(taxonomyFor(flags, true));
      if (asJson(flags)) {
        out(JSON.stringify(s, null, 2));
        return;
      }
      out(
        [
          `skills       ${s.skills}`,
          `forms        ${s.forms} (labels, aliases and plurals)`,
          `ambiguous    ${s.ambiguous} skills with context or case rules`,
          `examples     ${s.examples} sentences run by the tests`,
          `tree         ${s.roots} roots, deepest chain ${s.maxDepth}`,
          '',
          'by file',
          ...s.byFile.map(([k, n]) => `  ${String(n).padStart(5)}  ${k}`),
          '',
          'by category',
          ...s.byCategory.map(([k, n]) => `  ${String(n).padStart(5)}  ${k}`),
        ].join('\n'),
      );
    }),
  );
  return cmd;
}
