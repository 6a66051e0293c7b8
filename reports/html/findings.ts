import type { Evidence, FidelityFinding, OperatorFinding } from '../../engine/verdicts.js';
import { evidenceWords } from '../evidence-words.js';
import { formatInstance } from '../format.js';
import { esc } from './escape.js';

/** Operator findings, float64 fidelity findings and notes as one list, each kind named. */
export function findingList(
  findings: readonly OperatorFinding[],
  fidelity: readonly FidelityFinding[],
  notes: readonly string[],
): string {
  const items = [
    ...findings.map((x) => `Operator finding at ${esc(formatInstance(x.instance))}: ${esc(x.message)}`),
    ...fidelity.map(
      (x) => `Fidelity finding (float64, not a refutation) at ${esc(formatInstance(x.instance))}: ${esc(x.message)}`,
    ),
    ...notes.map((n) => `Note: ${esc(n)}`),
  ];
  return items.length ? `<ul class="findings">${items.map((i) => `<li>${i}</li>`).join('')}</ul>` : '';
}

/** What a verdict rests on, in one line. */
export const evidenceLine = (e: Evidence, certified: boolean) =>
  `<p class="evidence">Evidence (${esc(evidenceWords(e))}${certified ? '; certified' : ''}; seed ${esc(e.seed)}, ${esc(e.precision)} digits): ${esc(e.summary)}</p>`;
