import type { Num } from '../../engine/num/index.js';
import { pointwise } from '../../engine/pointwise.js';
import { pointAtTemperatureDomain } from '../../engine/domains/softening-points.js';
import { tieGroups } from '../../engine/instance/weights.js';
import type { SofteningOperator } from '../../operators/softening/types.js';
import { validOutput } from './outputs.js';

/**
 * A1 (Axiom 1): p_i > p_j ⇒ F_T(p)_i > F_T(p)_j. The order of p is decided exactly on the weights;
 * the margin is the smallest gap between consecutive strict levels of p: min over levels of
 * (min F on the higher level − max F on the lower level) > 0. Ties in p impose nothing.
 */
export const A1 = pointwise({
  id: 'A1',
  title: 'Ranking preservation (strict)',
  statement: 'For all p ∈ Δ^V, T > 0 and i, j: p_i > p_j implies F_T(p)_i > F_T(p)_j.',
  strict: true,
  runs: 10000,
  quantity: 'min over consecutive levels p_j < p_i of F_T(p)_i − F_T(p)_j',
  domain: pointAtTemperatureDomain,
  margin<V>(N: Num<V>, op: SofteningOperator, x: { w: string[]; T: string }): V {
    const F = validOutput(N, op, x.w, x.T);
    const levels = tieGroups(x.w);
    if (!F || levels.length < 2) return N.of(1);
    const gaps = levels.slice(1).map((higher, k) => {
      const lowest = higher.map((i) => F[i]).reduce((a, b) => N.min(a, b));
      const highest = levels[k].map((j) => F[j]).reduce((a, b) => N.max(a, b));
      return N.sub(lowest, highest);
    });
    return gaps.reduce((a, b) => N.min(a, b));
  },
});
