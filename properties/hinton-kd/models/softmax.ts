import type { Num } from '../../../engine/num/index.js';
import { entropy } from '../../../engine/math/entropy.js';
import { maxOf, minus, valueOf } from './rational.js';

/**
 * Softmax with temperature (Eq. 1): q_i = exp(z_i/T) / Σ_j exp(z_j/T), for exact rational logits and
 * T in any arithmetic. The largest logit is subtracted first, exactly: the same q (the shift cancels),
 * and no exp overflows in float64 or leaves decimal.js's exponent range.
 *
 * | case            | q                                                        |
 * |-----------------|----------------------------------------------------------|
 * | ties            | tied logits get equal mass                               |
 * | T → 0⁺          | uniform on the largest logits                            |
 * | T → ∞           | uniform                                                  |
 * | z + c·1         | the same q (shift-invariance)                            |
 */
export function softmaxT<V>(N: Num<V>, z: readonly string[], T: V): V[] {
  const top = maxOf(z);
  const e = z.map((l) => N.exp(N.div(valueOf(N, minus(l, top)), T)));
  const total = N.sum(e);
  return e.map((x) => N.div(x, total));
}

/** H(softmax(z/T)), in nats. */
export const softmaxEntropy = <V>(N: Num<V>, z: readonly string[], T: V): V => entropy(N, softmaxT(N, z, T));

/** max_i |a_i − b_i|. */
export const maxAbs = <V>(N: Num<V>, a: readonly V[], b: readonly V[]): V =>
  a.map((x, i) => N.abs(N.sub(x, b[i]))).reduce((m, d) => N.max(m, d));
