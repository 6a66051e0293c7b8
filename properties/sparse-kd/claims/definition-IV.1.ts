import type { StatementClaim } from '../../../engine/statement/claim.js';

/**
 * Definition IV.1 names a class; it has no truth value. What can be checked about it is checked
 * elsewhere, and the outcome says where: each axiom per operator (the A0–A5 matrix), and whether
 * the class is non-empty (Theorem V.1).
 */
export const definitionIV1: StatementClaim = {
  id: 'sparse-kd/definition-IV.1',
  source: { paper: 'sparse-kd', label: 'Definition IV.1', section: 'IV' },
  declaredIn: import.meta.url,
  title: 'Probability-domain softening operator family (Axioms 1–5)',
  statement:
    'A family {F_T}_{T>0} of maps F_T: Δ^V → Δ^V is a softening family when it satisfies Axioms 1–5: ranking preservation, joint continuity, monotone entropy, identity at T = 1, and the limits T → ∞ (uniform) and T → 0⁺ (one-hot at argmax, uniform over tied maxima).',
  assumptions: [],
  dependsOn: ['A0', 'A1', 'A2', 'A3', 'A4', 'A5'],
  evaluate: () => ({
    kind: 'no-proposition',
    detail:
      "A definition: it has no truth value to test. Its parts are checked where they make claims about an operator: A0 (F_T maps into Δ^V, the definition's type) and Axioms 1–5 for every built-in operator in the operator × axiom matrix; whether any family meets all of them is Theorem V.1.",
  }),
};
