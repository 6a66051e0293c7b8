import type { Num } from '../../../engine/num/index.js';

/**
 * The three ways §II.C names to complete a top-k truncated distribution before softening. Each
 * takes the visible probabilities q_(1) ≥ … ≥ q_(k) (Σ q < 1) and the vocabulary size V, and
 * returns a point of Δ^V: the k visible tokens first, then the V − k unseen ones. The unseen
 * tokens' identities are unknown, so a tail is a profile by rank (position k + j holds the j-th
 * largest unseen mass); comparisons with the full distribution align tails by rank, the most
 * favourable assignment a completion could hope for.
 *
 * | completion      | visible tokens      | unseen tokens                                  |
 * |-----------------|---------------------|------------------------------------------------|
 * | renormalisation | q_i / Σ q           | 0 (p^(1/T) is applied to the visible tokens)    |
 * | max-entropy     | q_i                 | m/(V − k) each, m = 1 − Σ q                      |
 * | zipf-tail       | q_i                 | m·r^(−s)/Σ_{r'>k} r'^(−s), r = k+1…V; s fitted  |
 */
export interface Completion {
  readonly name: 'zipf-tail' | 'renormalisation' | 'max-entropy';
  readonly description: string;
  complete<V>(N: Num<V>, visible: readonly V[], vocabulary: number): V[];
}

const missingMass = <V>(N: Num<V>, visible: readonly V[]) => N.sub(N.of(1), N.sum(visible));

export const renormalisation: Completion = {
  name: 'renormalisation',
  description: 'apply p^(1/T) to the visible tokens and renormalise over them; unseen tokens get 0',
  complete(N, visible, vocabulary) {
    const total = N.sum(visible);
    return [...visible.map((q) => N.div(q, total)), ...Array.from({ length: vocabulary - visible.length }, () => N.of(0))];
  },
};

export const maxEntropy: Completion = {
  name: 'max-entropy',
  description:
    'the maximum-entropy completion consistent with the visible probabilities: the missing mass spread uniformly over the V − k unseen tokens',
  complete(N, visible, vocabulary) {
    const share = N.div(missingMass(N, visible), N.of(vocabulary - visible.length));
    return [...visible, ...Array.from({ length: vocabulary - visible.length }, () => share)];
  },
};

export const zipfTail: Completion = {
  name: 'zipf-tail',
  description:
    'a Zipf tail r^(−s) over ranks k+1…V holding the missing mass, s ≥ 0 fitted so that continuing q_(k)·(k/r)^s would hold it',
  complete(N, visible, vocabulary) {
    const k = visible.length;
    const s = N.of(zipfExponent(N.toNumber(visible[k - 1]), N.toNumber(missingMass(N, visible)), k, vocabulary));
    const weights = Array.from({ length: vocabulary - k }, (_, j) => N.pow(N.ratio(String(k), String(k + 1 + j)), s));
    const scale = N.div(missingMass(N, visible), N.sum(weights));
    return [...visible, ...weights.map((w) => N.mul(w, scale))];
  },
};

export const completions: readonly Completion[] = [zipfTail, renormalisation, maxEntropy];

/**
 * The exponent s ≥ 0 with last·Σ_{r=k+1}^{V} (k/r)^s = missing, by bisection in float64 (a fitted
 * model parameter, not part of what is certified: the tail is normalised to the missing mass
 * exactly whatever s is). s = 0 when even a flat continuation cannot hold the missing mass.
 */
export function zipfExponent(last: number, missing: number, k: number, vocabulary: number): number {
  const logRatio = Float64Array.from({ length: vocabulary - k }, (_, j) => Math.log(k / (k + 1 + j)));
  const held = (s: number) => last * logRatio.reduce((a, l) => a + Math.exp(s * l), 0);
  if (held(0) <= missing) return 0;
  let hi = 1;
  while (held(hi) > missing && hi < 1e6) hi *= 2;
  let lo = 0;
  for (let i = 0; i < 50; i++) {
    const mid = (lo + hi) / 2;
    if (held(mid) > missing) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}
