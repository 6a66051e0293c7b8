import type { MutationAnalysis } from '../engine/result/mutation.js';
import { anchor, escapeCell, text } from './markdown-text.js';
import { STATUS_NOTE, axiomsLine, countsLine, scoreText, survivorEvidence } from './mutation-text.js';

/** One operator's mutation section: score, the kill matrix (mutant × axiom), each survivor as a diff with its evidence. */
export function mutationSection(a: MutationAnalysis, level = '###'): string[] {
  const run = a.mutants.filter((m) => m.status !== 'no-coverage');
  const lines = [
    `${level} Mutation analysis: ${text(a.operator)}`,
    '',
    `<a id="${anchor('mutation', a.operator)}"></a>Source \`${a.source}\`, seed ${a.seed}, effort ${a.effort}. **Mutation score ${scoreText(a)}**: ${countsLine(a)}.`,
    '',
    `${text(axiomsLine(a))}. ${STATUS_NOTE}`,
    '',
  ];
  if (run.length) {
    lines.push(
      `| mutant | status | ${a.axioms.map(escapeCell).join(' | ')} |`,
      `|---|---|${a.axioms.map(() => '---').join('|')}|`,
    );
    for (const m of run) {
      const cells = a.axioms.map((ax) => {
        const killer = m.killedBy?.find((k) => k.axiom === ax);
        return killer ? `**killed** (${killer.certificate})` : m.axioms?.some((x) => x.axiom === ax) ? '·' : '';
      });
      lines.push(`| \`${escapeCell(m.id)}\` | ${m.status} | ${cells.join(' | ')} |`);
    }
    lines.push(
      '',
      '`killed (certificate)`: the reading refuted the mutant with a certified counterexample; `·`: it ran and did not.',
      '',
    );
  }
  for (const m of a.mutants.filter((x) => x.status === 'survived')) {
    lines.push(
      `**Survivor \`${text(m.id)}\`** (line ${m.line})`,
      '',
      '```diff',
      ...m.diff.original.map((l) => `- ${l}`),
      ...m.diff.mutated.map((l) => `+ ${l}`),
      '```',
      '',
      text(survivorEvidence(m)),
      '',
    );
  }
  return lines;
}
