/** The learning plan in every format: one function per format, the same steps and words. */
import type { Plan, PlanStep } from '../plan/index.js';
import { escapeHtml as h } from './html-escape.js';
import { sanitize as t } from './sanitize.js';
import type { Style } from './style.js';

const md = (s: string) => s.replace(/[|\\`*_<>[\]]/g, (c) => `\\${c}`);
const stages = (plan: Plan) => [...new Set(plan.steps.map((s) => s.stage))].sort((a, b) => a - b);
const STATUS: Record<PlanStep['status'], string> = {
  missing: 'missing',
  learning: 'learning',
  weak: 'to deepen',
  related: 'related only',
  prerequisite: 'prerequisite',
};

/** The title of what the postings ask that no learning gives (a citizenship, a clearance), in every report. */
export const CONDITIONS = 'Conditions of the job no learning gives (claim only what is true)';

/** The plan's conditions as one line: "US citizenship (2 of 3 postings), security clearance". */
function conditionsLine(plan: Plan): string {
  return plan.conditions.map((c) => (plan.postings > 1 ? `${c.label} (${c.postings} of ${plan.postings} postings)` : c.label)).join(', ');
}

export function planText(plan: Plan, style: Style, title = 'Learning plan'): string[] {
  const tail = plan.conditions.length > 0 ? [`  ${style.dim(`Not in the plan, ${CONDITIONS.toLowerCase()}:`)} ${t(conditionsLine(plan))}`] : [];
  if (plan.steps.length === 0) return ['', style.bold(t(title)), '  nothing to learn for these postings', ...tail];
  const lines = ['', style.bold(t(title)) + style.dim(' (prerequisites first, then by points gained)')];
  for (const stage of stages(plan)) {
    lines.push(`  ${style.bold(`Stage ${stage}`)}`);
    plan.steps
      .filter((s) => s.stage === stage)
      .forEach((s) => lines.push(`    ${t(s.label)} ${style.dim(`[${STATUS[s.status]}]`)} ${style.dim(t(s.why))}`));
  }
  return [...lines, ...tail];
}

export function planMarkdown(plan: Plan, title = 'Learning plan'): string {
  const tail = plan.conditions.length > 0 ? `\nNot in the plan, ${CONDITIONS.toLowerCase()}: ${md(conditionsLine(plan))}\n` : '';
  if (plan.steps.length === 0) return `\n### ${title}\n\nNothing to learn for these postings.\n${tail}`;
  let out = `\n### ${title}\n\n_${md(plan.explanation)}_\n`;
  for (const stage of stages(plan)) {
    out += `\n**Stage ${stage}**\n\n| skill | why in the plan | points |\n|---|---|---|\n`;
    for (const s of plan.steps.filter((x) => x.stage === stage)) out += `| ${md(s.label)} (${STATUS[s.status]}) | ${md(s.why)} | ${s.points} |\n`;
  }
  return out + tail;
}

export function planHtml(plan: Plan, title = 'Learning plan'): string {
  const tail = plan.conditions.length > 0 ? `<p class="note">Not in the plan, ${h(CONDITIONS.toLowerCase())}: ${h(conditionsLine(plan))}</p>` : '';
  if (plan.steps.length === 0) return `<h3>${h(title)}</h3><p class="note">Nothing to learn for these postings.</p>${tail}`;
  const parts = [`<h3>${h(title)}</h3><p class="explanation">${h(plan.explanation)}</p><ol class="plan">`];
  for (const stage of stages(plan)) {
    parts.push(`<li><b>Stage ${stage}</b><ul>`);
    for (const s of plan.steps.filter((x) => x.stage === stage)) {
      parts.push(`<li><b>${h(s.label)}</b> <span class="badge plan-${s.status}">${h(STATUS[s.status])}</span> <span class="note">${h(s.why)}</span></li>`);
    }
    parts.push('</ul></li>');
  }
  parts.push('</ol>', tail);
  return parts.join('');
}
