import type { MutationAnalysis } from '../engine/result/mutation.js';
import { axiomsLine, countsLine, scoreText, survivorEvidence } from './mutation-text.js';

/** The terminal summary of `kdaudit mutate`: score, counts, and each survivor as a diff with its evidence. */
export function renderMutationSummary(a: MutationAnalysis): string {
  const lines = [
    `Mutation analysis of ${a.operator} (${a.source}), seed ${a.seed}, effort ${a.effort}`,
    `  ${axiomsLine(a)}`,
    `  ${countsLine(a)}`,
    `  Mutation score: ${scoreText(a)}`,
  ];
  const survivors = a.mutants.filter((m) => m.status === 'survived');
  if (survivors.length) lines.push('  Survivors:');
  for (const m of survivors) {
    lines.push(
      `    ${m.id}`,
      ...m.diff.original.map((l) => `      - ${l}`),
      ...m.diff.mutated.map((l) => `      + ${l}`),
      `      ${survivorEvidence(m)}`,
    );
  }
  for (const m of a.mutants.filter((x) => x.status === 'error' || x.status === 'timeout'))
    lines.push(`  ${m.status}: ${m.id}: ${m.reason}`);
  return `${lines.join('\n')}\n`;
}
