import type { Num } from '../../engine/num/index.js';
import { pointwise } from '../../engine/pointwise.js';
import { pointAtTemperatureDomain } from '../../engine/domains/softening-points.js';
import type { SofteningOperator } from '../../engine/operators/softening.js';
import { minimum, softened } from './outputs.js';

/**
 * A0: F_T maps Δ^V into Δ^V. Margin min(min_i F_T(p)_i, −|Σ_i F_T(p)_i − 1|) ≥ 0; a wrong length
 * or a non-finite entry is a violation — except a non-finite interval from a generic formula,
 * which may be an artefact of interval widening and so proves nothing.
 */
export const A0 = pointwise({
  id: 'A0',
  title: 'F_T maps the simplex into the simplex',
  statement: 'For all p ∈ Δ^V and T > 0, F_T(p) has V finite entries, each ≥ 0, summing to 1.',
  strict: false,
  runs: 20000,
  faultRefutes: true,
  quantity: 'min(min_i F_T(p)_i, −|Σ_i F_T(p)_i − 1|)',
  domain: pointAtTemperatureDomain,
  margin<V>(N: Num<V>, op: SofteningOperator, x: { w: string[]; T: string }): V {
    const F = softened(N, op, x.w, x.T);
    if (F.length !== x.w.length) return N.of(-1);
    if (!F.every((v) => N.isFinite(v))) return N.kind === 'interval' && op.exactness === 'generic' ? N.of(Number.NaN) : N.of(-1);
    const deviation = N.abs(N.sub(N.sum(F), N.of(1)));
    return N.min(minimum(N, F), N.neg(deviation));
  },
});
