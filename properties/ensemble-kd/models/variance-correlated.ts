import type { Num } from '../../../engine/num/index.js';
import { pointwise } from '../../../engine/pointwise.js';
import type { AggregationOperator } from '../../../engine/operators/aggregation.js';
import { correlatedEnsembleDomain, correlatedOutcomes, type CorrelatedEnsemble } from './correlated-ensemble.js';
import { variance } from '../claims/variance-reduction.js';

/**
 * Ensemble-KD's "extensions to correlated-error regimes" of variance reduction, checked exactly on
 * a finite distribution (no simulation): K teachers with exchangeable correlated errors (see
 * correlated-ensemble.ts: a shared two-point component and independent two-point components, so at
 * every coordinate each teacher's error has the same variance σ_i² and each pair the same
 * correlation ρ_i, an exact rational), equal weights 1/K, T = 1 (temperature plays no part in the
 * claim, and at T = 1 both compositions with softening are the pool itself). All 2^(K+1) joint
 * outcomes are enumerated, so every variance is exact. Two readings:
 * - classical: Var(A_i) ≤ ρ_iσ_i² + (1 − ρ_i)σ_i²/K, the classical formula, an identity for the
 *   linear pool (equal weights). The abstract states it "for aggregation operators linear in
 *   teacher weights"; the guarantees are also called operator-agnostic, so it is checked on every
 *   operator and the report says for which it fails. Written without dividing by σ²: ρσ² = C_i,
 *   the common pairwise covariance, so the bound is C_i + (σ_i² − C_i)/K;
 * - single-teacher: Var(A_i) ≤ σ_i², "reduces variance" read as no worse than one teacher (the
 *   formula's worst case ρ = 1).
 * σ_i² and C_i are computed from the enumerated outcomes as the mean teacher variance and the mean
 * pairwise covariance; by construction all teachers' (all pairs') values are equal.
 */
function moments<V>(N: Num<V>, teachers: V[][][], i: number): { sigma2: V; cov: V } {
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

function correlatedReading(variant: 'classical' | 'single-teacher') {
  const bound = variant === 'classical' ? 'ρ_iσ_i² + (1 − ρ_i)σ_i²/K' : 'σ_i²';
  return pointwise<CorrelatedEnsemble, AggregationOperator>({
    id: 'ensemble-kd/variance-reduction',
    variant: `correlated-${variant}`,
    title: `Variance reduction under correlated teacher errors: Var(A_i) ≤ ${bound}`,
    statement: `For K teachers whose errors have equal variance σ_i² and pairwise correlation ρ_i at every coordinate (exactly, on a shared and independent two-point components), equal weights, T = 1: Var(A_i) ≤ ${bound}.`,
    strict: false,
    runs: 400,
    quantity: `min_i (${variant === 'classical' ? 'C_i + (σ_i² − C_i)/K' : 'σ_i²'} − Var(A_i)), C_i = ρ_iσ_i² the pairwise covariance`,
    domain: correlatedEnsembleDomain,
    margin<V>(N: Num<V>, op: AggregationOperator, x: CorrelatedEnsemble): V {
      const teachers = correlatedOutcomes(N, x);
      const K = x.means.length;
      const w = Array.from({ length: K }, () => N.ratio('1', String(K)));
      const aggregates = teachers.map((ts) => op.apply(N, ts, w, N.of(1)));
      const V = x.shared[0].length;
      if (aggregates.some((A) => A.length !== V || !A.every((v) => N.isFinite(v)))) return N.of(1);
      const margins = aggregates[0].map((_, i) => {
        const { sigma2, cov } = moments(N, teachers, i);
        const b = variant === 'classical' ? N.add(cov, N.div(N.sub(sigma2, cov), N.of(K))) : sigma2;
        return N.sub(b, variance(N, aggregates.map((A) => A[i])));
      });
      return margins.reduce((m, v) => N.min(m, v));
    },
  });
}

export const varianceCorrelatedClassical = correlatedReading('classical');
export const varianceCorrelatedSingleTeacher = correlatedReading('single-teacher');
