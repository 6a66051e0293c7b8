import { Decimal } from 'decimal.js';
import { tieSeparated, tieTemperature } from '../../engine/certification/policy.js';
import type { Num } from '../../engine/num/index.js';
import { pointwise } from '../../engine/pointwise.js';
import { pointAtTemperatureDomain } from '../../engine/domains/softening-points.js';
import { exactSum, tieGroups } from '../../engine/instance/weights.js';
import type { SofteningOperator } from '../../engine/operators/softening.js';
import { validOutput } from './outputs.js';

/**
 * A1 (Axiom 1): p_i > p_j ⇒ F_T(p)_i > F_T(p)_j. The order of p is decided exactly on the weights;
 * the margin is the smallest gap between consecutive strict levels of p: min over levels of
 * (min F on the higher level − max F on the lower level) > 0. Ties in p impose nothing; an exact tie
 * in F where p differs refutes (for float64-only code only between well-conditioned levels).
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
    const gaps = levels.slice(1).map((higher, k) => N.sub(levelMin(N, F, higher), levelMax(N, F, levels[k])));
    return gaps.reduce((a, b) => N.min(a, b));
  },
  /**
   * min over levels h of (min F on h − max F on every lower level ℓ well separated from h): with
   * p_ℓ ≥ 2^-30 and p_h ≥ p_ℓ(1 + 2^-20), at 1/16 ≤ T ≤ 16 (engine/certification/policy.ts).
   */
  conditionedMargin<V>(N: Num<V>, op: SofteningOperator, x: { w: string[]; T: string }): V {
    const F = validOutput(N, op, x.w, x.T);
    if (!F || !tieTemperature(x.T)) return N.of(1);
    const total = exactSum(x.w);
    const levels = tieGroups(x.w).map((group) => ({ group, p: new Decimal(x.w[group[0]]).div(total) }));
    let margin = N.of(1);
    for (const high of levels) {
      const below = levels.filter((low) => tieSeparated(high.p, low.p));
      if (below.length === 0) continue;
      const highestBelow = below.map((low) => levelMax(N, F, low.group)).reduce((a, b) => N.max(a, b));
      margin = N.min(margin, N.sub(levelMin(N, F, high.group), highestBelow));
    }
    return margin;
  },
});

const levelMin = <V>(N: Num<V>, F: V[], group: number[]) => group.map((i) => F[i]).reduce((a, b) => N.min(a, b));
const levelMax = <V>(N: Num<V>, F: V[], group: number[]) => group.map((i) => F[i]).reduce((a, b) => N.max(a, b));
