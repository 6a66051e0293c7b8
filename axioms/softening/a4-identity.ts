import type { Num } from '../../engine/num/index.js';
import { pointwise } from '../../engine/pointwise.js';
import { pointDomain } from '../../engine/domains/softening-points.js';
import { probabilities } from '../../engine/instance/weights.js';
import type { SofteningOperator } from '../../engine/operators/softening.js';
import { maxAbsDifference, validOutput } from './outputs.js';

/** A4 (Axiom 4): F_1(p) = p. Margin −max_i |F_1(p)_i − p_i| ≥ 0 (an equality: refuted when the enclosure excludes 0). */
export const A4 = pointwise({
  id: 'A4',
  title: 'Identity at T = 1',
  statement: 'For all p ∈ Δ^V: F_1(p) = p.',
  strict: false,
  runs: 15000,
  quantity: '−max_i |F_1(p)_i − p_i|',
  domain: pointDomain,
  margin<V>(N: Num<V>, op: SofteningOperator, x: { w: string[] }): V {
    const F = validOutput(N, op, x.w, '1');
    if (!F) return N.of(0);
    return N.neg(maxAbsDifference(N, F, probabilities(N, x.w)));
  },
});
