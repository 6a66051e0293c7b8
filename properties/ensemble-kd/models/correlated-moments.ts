import type { Num } from '../../../engine/num/index.js';
import { variance } from './random-ensemble.js';

/**
 * At coordinate i of K exchangeable teachers' enumerated outcomes: σ_i², the mean teacher variance,
 * and C_i = ρ_iσ_i², the mean pairwise covariance (by construction of correlated-ensemble.ts all
 * teachers' and all pairs' values are equal, so the means are those values).
 */
export function moments<V>(N: Num<V>, teachers: V[][][], i: number): { sigma2: V; cov: V } {
  const K = teachers[0].length;
  const column = (k: number) => teachers.map((outcome) => outcome[k][i]);
  const mean = (xs: readonly V[]) => N.div(N.sum(xs), N.of(xs.length));
  const covariance = (a: V[], b: V[]) => {
    const [ma, mb] = [mean(a), mean(b)];
    return mean(a.map((v, j) => N.mul(N.sub(v, ma), N.sub(b[j], mb))));
  };
  const pairs: V[] = [];
  for (let k = 0; k < K; k++) for (let j = k + 1; j < K; j++) pairs.push(covariance(column(k), column(j)));
  return { sigma2: mean(Array.from({ length: K }, (_, k) => variance(N, column(k)))), cov: mean(pairs) };
}
