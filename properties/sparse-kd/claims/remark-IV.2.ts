import type { StatementClaim } from '../../../engine/statement/claim.js';

/**
 * Remark IV.2 is about the paper's own proofs (they work at finite T, so the tie rule of Axiom 5 is
 * never used). A statement about arguments, not about operators or distributions: nothing to run.
 */
export const remarkIV2: StatementClaim = {
  id: 'sparse-kd/remark-IV.2',
  source: { paper: 'sparse-kd', label: 'Remark IV.2', section: 'IV' },
  declaredIn: import.meta.url,
  title: 'Stability of limits',
  statement:
    'The tied-maxima rule of the T → 0⁺ limit is only a boundary condition; the continuity and homotopy arguments work at finite T, where exact ties occur with probability zero.',
  assumptions: [],
  dependsOn: ['sparse-kd/definition-IV.1'],
  evaluate: () => ({
    kind: 'no-proposition',
    detail:
      'It describes how the paper\'s own arguments use Axiom 5 — a claim about proofs, with no instance that could refute it. "Ties occur with probability zero" holds for any distribution of p with a density on the simplex, and fails for teacher probabilities stored in finite precision, where ties are common; the paper does not say which it means. The tie rule itself is checked per operator by A5.',
  }),
};
