import type { Num } from '../../engine/num/index.js';
import type { SofteningOperator } from '../../engine/operators/softening.js';

/**
 * Temperature scaling in the probability domain (Sparse-KD §II): F_T(p)_i = p_i^(1/T) / Σ_j p_j^(1/T),
 * computed as (p_i / max_j p_j)^(1/T), normalised, so neither T = 1e-6 nor T = 1e6 under- or
 * overflows before normalising.
 *
 * | case      | behaviour                                                           |
 * |-----------|---------------------------------------------------------------------|
 * | p_i = 0   | F_T(p)_i = 0 for every T: the support never grows                   |
 * | ties      | tied coordinates stay exactly equal                                 |
 * | T → 0⁺    | uniform on the maximal coordinates                                  |
 * | T → ∞     | uniform on the support of p (not on all V coordinates when p has zeros) |
 */
export function powerTransform<V>(N: Num<V>, p: readonly V[], T: V): V[] {
  const top = p.reduce((a, b) => N.max(a, b));
  const exponent = N.div(N.of(1), T);
  const scaled = p.map((x) => N.pow(N.div(x, top), exponent));
  const total = N.sum(scaled);
  return scaled.map((x) => N.div(x, total));
}

export const power: SofteningOperator = {
  kind: 'softening',
  name: 'power',
  description: 'Temperature scaling F_T(p)_i ∝ p_i^(1/T) (Sparse-KD §II), computed stably as (p_i/max p)^(1/T)',
  exactness: 'generic',
  sources: [import.meta.url],
  apply: powerTransform,
};
