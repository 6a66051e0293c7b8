import { universalStatement } from '../../../engine/statement/universal.js';
import { entropyProjectionDefault } from '../../../operators/softening/entropy-projection.js';
import { conformanceCandidates, conformanceCheck } from '../models/conformance.js';

/**
 * Construction 1 of Theorem V.1: the entropy projection argmin KL(q‖p) s.t. H(q) = h(T), argmax
 * kept, "parameterizing H_target by temperature T yields an operator family satisfying Axioms 1–5".
 * The paper leaves h open; the built-in family (operators/softening/entropy-projection.ts) fixes a
 * schedule continuous in T with the limits Axiom 5 needs, so a failure here is the construction's
 * (KL(q‖p) = ∞ off supp p keeps zeros at zero), not the schedule's.
 */
export const construction1 = universalStatement(
  {
    id: 'sparse-kd/construction-1',
    source: { paper: 'sparse-kd', label: 'Construction 1 (Theorem V.1)', section: 'V' },
    declaredIn: import.meta.url,
    title: 'Entropy projection satisfies Axioms 1–5',
    statement:
      'F_T(p) = argmin_q KL(q‖p) subject to H(q) = h(T) and argmax q = argmax p, with h parameterised by T, is a family satisfying Axioms 1–5 (and maps Δ^V into Δ^V).',
    assumptions: [
      'p ∈ Δ^V (closed simplex)',
      'T > 0',
      'h(T) ∈ [0, log V] parameterised by T (built-in schedule: H(p) at T = 1, → log #maxima as T → 0⁺, → log |supp p| as T → ∞)',
    ],
    dependsOn: ['sparse-kd/definition-IV.1', 'A0', 'A1', 'A2', 'A3', 'A4', 'A5'],
  },
  conformanceCheck({ id: 'sparse-kd/construction-1', operators: [entropyProjectionDefault], runs: 120 }),
  conformanceCandidates,
);
