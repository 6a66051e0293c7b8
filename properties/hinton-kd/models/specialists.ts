import type { Num } from '../../../engine/num/index.js';
import { xlogx } from '../../../engine/math/entropy.js';
import { linearPool, logPool } from '../../../operators/aggregation/pools.js';

/**
 * Eq. 5's objective: KL(p^g, q) + Σ_m KL(p^m, q), each specialist m seeing q through its classes
 * plus a dustbin that lumps the rest (q's mass outside its classes). A model that covers every class
 * has no dustbin: that is the case where the paper gives the closed form.
 */
export interface Model<V> {
  /** The classes the model names; the rest are its dustbin. All classes: no dustbin. */
  classes: readonly number[];
  /** Its distribution over its classes, then the dustbin when it has one. */
  p: readonly V[];
}

/** q seen by a model: its classes, then the dustbin (q's remaining mass) when it has one. */
export function lump<V>(N: Num<V>, q: readonly V[], classes: readonly number[]): V[] {
  const named = classes.map((c) => q[c]);
  if (classes.length === q.length) return named;
  return [...named, N.sum(q.filter((_, i) => !classes.includes(i)))];
}

/** KL(a‖b) = Σ a_i (log a_i − log b_i), 0·log 0 = 0. */
export const kl = <V>(N: Num<V>, a: readonly V[], b: readonly V[]): V =>
  N.sum(a.map((ai, i) => N.sub(xlogx(N, ai), N.mul(ai, N.ln(b[i])))));

export type Direction = 'KL(p,q)' | 'KL(q,p)';

/** Σ_m KL(p^m, lump(q)) (Eq. 5's direction), or the swapped Σ_m KL(lump(q), p^m). */
export function specialistsObjective<V>(N: Num<V>, models: readonly Model<V>[], q: readonly V[], direction: Direction): V {
  return N.sum(
    models.map((m) => (direction === 'KL(p,q)' ? kl(N, m.p, lump(N, q, m.classes)) : kl(N, lump(N, q, m.classes), m.p))),
  );
}

const equalWeights = <V>(N: Num<V>, M: number) => Array.from({ length: M }, () => N.ratio('1', String(M)));

/** The arithmetic mean of the models: Ensemble-KD's linear pool with equal weights. */
export const arithmeticMean = <V>(N: Num<V>, ps: readonly (readonly V[])[]) =>
  linearPool.combine(N, ps, equalWeights(N, ps.length));

/** The normalised geometric mean: Ensemble-KD's log pool with equal weights. */
export const geometricMean = <V>(N: Num<V>, ps: readonly (readonly V[])[]) => logPool.combine(N, ps, equalWeights(N, ps.length));

/** Π_m (p^m_i)^{1/M}, not renormalised (its sum is < 1 unless the models agree). */
export const unnormalisedGeometricMean = <V>(N: Num<V>, ps: readonly (readonly V[])[]) =>
  ps[0].map((_, i) => ps.reduce((acc, p) => N.mul(acc, N.pow(p[i], N.ratio('1', String(ps.length)))), N.of(1)));
