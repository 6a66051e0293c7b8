/** The softening axioms of Sparse-KD §IV, with A0 (F_T maps Δ^V into Δ^V) made explicit. */
import type { AnyCheck } from '../engine/check.js';
import { MAX_V } from '../engine/domains/softening-points.js';
import { largeVocabularyChecks } from './softening/large-v.js';
import { A0 } from './softening/a0-simplex.js';
import { A1 } from './softening/a1-ranking.js';
import { A2 } from './softening/a2-continuity.js';
import { A3 } from './softening/a3-entropy.js';
import { A4 } from './softening/a4-identity.js';
import { A5 } from './softening/a5-limits.js';

export { A0, A1, A2, A3, A4, A5 };

export const SOFTENING_AXIOM_IDS = ['A0', 'A1', 'A2', 'A3', 'A4', 'A5'] as const;
export type SofteningAxiomId = (typeof SOFTENING_AXIOM_IDS)[number];

// Each axiom has its own instance type; the runner only passes instances back to the same check.
export const softeningAxioms: ReadonlyArray<AnyCheck> = [A0, A1, A2, A3, A4, A5];

export { largeVocabularyChecks };

/**
 * What the audit runs on each softening operator: A0–A5, then the large-vocabulary stage (A0, A1
 * and A3 as variants 'large-V', V up to 262 144). Appended after A0–A5, so their seeds are unchanged.
 */
export const softeningAuditChecks: ReadonlyArray<AnyCheck> = [...softeningAxioms, ...largeVocabularyChecks()];

/**
 * The checks of a user's operator reaching vocabularies of maxV (`kdaudit check --max-V`): A0–A5
 * with their generated V capped at maxV, plus the large-vocabulary stage up to maxV above MAX_V.
 */
export function softeningChecksUpTo(maxV: number): ReadonlyArray<AnyCheck> {
  if (maxV > MAX_V) return [...softeningAxioms, ...largeVocabularyChecks(maxV)];
  return softeningAxioms.map((check) => {
    const arbitrary = check.domain.arbitrary.filter((x) => check.domain.size(x)[0] <= maxV);
    return { ...check, domain: { ...check.domain, arbitrary } };
  });
}
