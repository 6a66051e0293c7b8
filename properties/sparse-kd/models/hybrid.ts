import type { Num } from '../../../engine/num/index.js';
import { convexMix } from '../../../operators/softening/convex-mixing.js';
import { powerTransform } from '../../../operators/softening/power.js';
import type { SofteningOperator } from '../../../engine/operators/softening.js';

/**
 * A family built to witness Theorem V.1 on the CLOSED simplex, from the two halves that work:
 * temperature scaling for T ≤ 1 (sharpens to the maxima, zeros harmless) and convex mixing toward
 * uniform with α(T) = 1/T for T ≥ 1 (reaches the uniform distribution on all V coordinates, which
 * p^(1/T) misses when p has zeros). Both are p at T = 1, so the pieces join continuously.
 *
 * | case    | behaviour                                                  |
 * |---------|------------------------------------------------------------|
 * | p_i = 0 | 0 for T ≤ 1; (1 − 1/T)/V > 0 for T > 1                      |
 * | ties    | stay equal                                                 |
 * | T → 0⁺  | uniform on the maximal coordinates                         |
 * | T → ∞   | uniform on all V coordinates                               |
 *
 * When an interval T straddles 1 both pieces are valid enclosures (they agree at 1), so the hull is.
 */
export const hybrid: SofteningOperator = {
  kind: 'softening',
  name: 'hybrid power/mixing',
  description: 'F_T(p) ∝ p^(1/T) for T ≤ 1; F_T(p) = p/T + (1 − 1/T)·u for T ≥ 1',
  exactness: 'generic',
  apply<V>(N: Num<V>, p: readonly V[], T: V): V[] {
    const one = N.of(1);
    const sharp = () => powerTransform(N, p, N.min(T, one));
    const soft = () => convexMix(N, p, N.div(one, N.max(T, one)));
    const below = N.le(T, one);
    if (below === true) return sharp();
    if (below === false) return soft();
    const [a, b] = [sharp(), soft()];
    return a.map((x, i) => N.hull(x, b[i]));
  },
};
