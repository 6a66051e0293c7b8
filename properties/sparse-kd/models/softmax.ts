import type { Num } from '../../../engine/num/index.js';

/**
 * softmax(z + c·1) as eq. (1) writes it, exp(z_i + c)/Σ_j exp(z_j + c), without the usual
 * max-subtraction: in exact arithmetic the shift cancels; in float64 this form overflows or
 * underflows, which is the gap between the paper's identity and what float64 computes.
 */
export function softmax<V>(N: Num<V>, z: readonly string[], shift = '0', T?: V): V[] {
  const scaled = z.map((zi) => {
    const logit = N.add(N.of(zi), N.of(shift));
    return N.exp(T === undefined ? logit : N.div(logit, T));
  });
  const total = N.sum(scaled);
  return scaled.map((e) => N.div(e, total));
}

/** max_i |a_i − b_i|. */
export function maxDistance<V>(N: Num<V>, a: readonly V[], b: readonly V[]): V {
  return a.map((ai, i) => N.abs(N.sub(ai, b[i]))).reduce((m, d) => N.max(m, d), N.of(0));
}
