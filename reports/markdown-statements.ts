import { evidenceWords } from './evidence-words.js';
import { formatInstance } from './format.js';
import { anchor, counterexampleLines, escapeCell, text } from './markdown-text.js';
import type { StatementResult } from '../engine/result/model.js';

export const statementAnchor = (s: StatementResult) => anchor(s.id, s.variant ?? '');
const reading = (s: StatementResult) => (s.variant ? ` (reading: ${text(s.variant)})` : '');

/**
 * The paper's statements as a summary table in paper order (the Lean blueprint's per-statement
 * status is the model), each row linking to its section.
 */
export function statementTable(paper: string, statements: readonly StatementResult[]): string[] {
  if (!statements.length) return [];
  const lines = [
    `## ${paper}: the paper's statements`,
    '',
    'One row per numbered statement (and per reading, where the text admits several), in paper order. **proved** = discharged without sampling; **holds** = no counterexample in the search described; **conditional** = refuted as stated, no counterexample under the added assumptions named; **vacuous** = an assumption cannot be met or the statement is true by its form; **unfalsifiable** = no instance could refute it (the reason is given).',
    '',
    '| statement | title | verdict | rests on | assumptions needed | steps of the derivation: verdict |',
    '|---|---|---|---|---|---|',
  ];
  for (const s of statements) {
    const steps = s.obligations.map((o) => `${escapeCell(o.step)}: **${o.verdict}**`).join('; ');
    lines.push(
      `| [${escapeCell(s.source.label)}](#${statementAnchor(s)})${s.variant ? ` — ${escapeCell(s.variant)}` : ''} | ${escapeCell(s.title)} | **${s.verdict}** | ${evidenceWords(s.evidence)} | ${(s.assumptionsNeeded ?? []).map(escapeCell).join(', ')} | ${steps} |`,
    );
  }
  lines.push('');
  return lines;
}

/** One section per statement: statement, assumptions, verdict with evidence, counterexample, steps. */
export function statementSection(s: StatementResult): string[] {
  const lines = [
    `<a id="${statementAnchor(s)}"></a>`,
    `### ${text(s.source.label)} — ${text(s.title)}${reading(s)}: **${s.verdict}**`,
    '',
    `> ${text(s.statement)}`,
    '',
  ];
  lines.push(`- Id: \`${s.id}\`${s.variant ? `, reading “${text(s.variant)}”` : ''}; §${text(s.source.section)}`);
  lines.push(`- The paper's assumptions: ${s.assumptions.length ? s.assumptions.map(text).join('; ') : 'none stated'}`);
  if (s.dependsOn.length) lines.push(`- Uses: ${s.dependsOn.map((d) => `\`${d}\``).join(', ')}`);
  lines.push(
    `- Evidence (${evidenceWords(s.evidence)}${s.certified ? '; certified' : ''}; seed ${s.evidence.seed}, ${s.evidence.precision} digits): ${text(s.evidence.summary)}`,
  );
  if (s.counterexample)
    lines.push(...counterexampleLines(s.counterexample, 'size, compared in order', 'Counterexample to the statement as stated'));
  if (s.assumptionsNeeded) lines.push(`- Assumptions needed: ${s.assumptionsNeeded.map(text).join(', ')}`);
  if (s.candidatesTried?.length)
    lines.push(
      `- Candidate assumption sets tried: ${s.candidatesTried.map((set) => `{${set.map(text).join(', ')}}`).join(', ')}`,
    );
  for (const f of s.fidelity)
    lines.push(`- Fidelity finding (float64, not a refutation) at ${text(formatInstance(f.instance))}: ${text(f.message)}`);
  for (const n of s.notes) lines.push(`- Note: ${text(n)}`);
  if (s.obligations.length) {
    lines.push('', '| step of the derivation | what must hold | verdict | evidence |', '|---|---|---|---|');
    for (const o of s.obligations)
      lines.push(`| ${escapeCell(o.step)} | ${escapeCell(o.text)} | **${o.verdict}** | ${escapeCell(o.evidence.summary)} |`);
    for (const o of s.obligations.filter((x) => x.counterexample))
      lines.push(
        '',
        ...counterexampleLines(o.counterexample!, 'size, compared in order', `Counterexample to step ${text(o.step)}`),
      );
  }
  lines.push('');
  return lines;
}
