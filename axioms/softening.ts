/** The softening axioms of Sparse-KD §IV, with A0 (F_T maps Δ^V into Δ^V) made explicit. */
import type { Check } from '../engine/check.js';
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
export const softeningAxioms: ReadonlyArray<Check<any>> = [A0, A1, A2, A3, A4, A5];
