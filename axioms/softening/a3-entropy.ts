import type { Num } from '../../engine/num/index.js';
import { pointwise } from '../../engine/pointwise.js';
import { pointAtTwoTemperaturesDomain, type PointAtTwoTemperatures } from '../../engine/domains/softening-points.js';
import { entropy } from '../../engine/math/entropy.js';
import type { SofteningOperator } from '../../engine/operators/softening.js';
import { validOutput } from './outputs.js';

/** A3 (Axiom 3): T' > T ⇒ H(F_T'(p)) ≥ H(F_T(p)). Margin H(F_T'(p)) − H(F_T(p)) ≥ 0. */
export const A3 = pointwise({
  id: 'A3',
  title: 'Entropy non-decreasing in T',
  statement: "For all p ∈ Δ^V and T' > T > 0: H(F_T'(p)) ≥ H(F_T(p)).",
  strict: false,
  runs: 20000,
  quantity: "H(F_T'(p)) − H(F_T(p))",
  domain: pointAtTwoTemperaturesDomain,
  margin<V>(N: Num<V>, op: SofteningOperator, x: PointAtTwoTemperatures): V {
    const low = validOutput(N, op, x.w, x.T);
    const high = validOutput(N, op, x.w, x.T2);
    if (!low || !high) return N.of(1);
    return N.sub(entropy(N, high), entropy(N, low));
  },
});
