import type { SofteningOperator } from '../../../engine/operators/softening.js';

/**
 * F_T = G_{k·T}: a family that breaks exactly one axiom of a conforming G — A4 (F_1 = G_k ≠ id) —
 * while ranking, continuity, entropy monotonicity and both limits survive the reparametrisation.
 */
export function rescaled(op: SofteningOperator, k: string): SofteningOperator {
  return {
    ...op,
    name: `${op.name} at ${k}·T`,
    description: `${op.description}, evaluated at ${k}·T`,
    apply: (N, p, T) => op.apply(N, p, N.mul(N.of(k), T)),
  };
}
