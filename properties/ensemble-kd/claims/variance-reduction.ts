import { softenedTeachers } from '../../../axioms/aggregation/outputs.js';
import type { Num } from '../../../engine/num/index.js';
import { pointwise } from '../../../engine/pointwise.js';
import type { AggregationOperator } from '../../../engine/operators/aggregation.js';
import { probabilities } from '../../../engine/instance/weights.js';
import { correlatedEnsembleDomain, correlatedOutcomes, type CorrelatedEnsemble } from '../models/correlated-ensemble.js';
import { moments } from '../models/correlated-moments.js';
import { jointOutcomes, randomEnsembleDomain, variance, type RandomEnsemble } from '../models/random-ensemble.js';

/**
 * Ensemble-KD's variance reduction under independent teacher errors, checked exactly on a finite
 * distribution (no simulation): teacher k is a random distribution taking two values p_k and p′_k
 * with probability 1/2 each, independently across teachers. All 2^K joint outcomes are enumerated,
 * so Var(A_i) and Var(p_k,i) are exact. Two readings of "reduces variance":
 * - classical: Var(A_i) ≤ Σ_k w_k² Var(p_k,i) (the linear pool meets it with equality);
 * - averaged: Var(A_i) ≤ Σ_k w_k Var(p_k,i) (weaker).
 * Teachers enter as softened at T (F_T, the power transform), as in the other guarantees.
 * Correlated errors (ρσ² + (1 − ρ)σ²/K): the correlated readings below.
 */
function varianceReading(variant: 'classical' | 'averaged') {
  const power = variant === 'classical' ? 2 : 1;
  const bound = variant === 'classical' ? 'Σ_k w_k² Var(p_k,i)' : 'Σ_k w_k Var(p_k,i)';
  return pointwise<RandomEnsemble, AggregationOperator>({
    id: 'ensemble-kd/variance-reduction',
    variant: `independent-${variant}`,
    title: `Variance reduction under independent teacher errors: Var(A_i) ≤ ${bound}`,
    statement: `For independent random teachers (exactly, on two-point distributions): Var(A_i) ≤ ${bound} at every coordinate, teachers softened at T.`,
    strict: false,
    runs: 400,
    quantity: `min_i (${bound} − Var(A_i))`,
    domain: randomEnsembleDomain,
    margin<V>(N: Num<V>, op: AggregationOperator, x: RandomEnsemble): V {
      const outcomes = jointOutcomes(x);
      const aggregates = outcomes.map((e) =>
        op.apply(
          N,
          e.teachers.map((t) => probabilities(N, t)),
          probabilities(N, e.w),
          N.of(e.T),
        ),
      );
      if (aggregates.some((A) => A.length !== x.outcomes[0][0].length || !A.every((v) => N.isFinite(v)))) return N.of(1);
      const w = probabilities(N, x.w);
      // each teacher's own two softened outcomes
      const teacherValues = x.outcomes.map(([a, b]) =>
        [a, b].map((p) => softenedTeachers(N, { teachers: [p], w: ['1'], T: x.T })[0]),
      );
      const margins = aggregates[0].map((_, i) => {
        const weighted = teacherValues.map((values, k) =>
          N.mul(
            N.pow(w[k], N.of(power)),
            variance(
              N,
              values.map((p) => p[i]),
            ),
          ),
        );
        return N.sub(
          N.sum(weighted),
          variance(
            N,
            aggregates.map((A) => A[i]),
          ),
        );
      });
      return margins.reduce((m, v) => N.min(m, v));
    },
  });
}

export const varianceClassical = varianceReading('classical');
export const varianceAveraged = varianceReading('averaged');

/**
 * Ensemble-KD's "extensions to correlated-error regimes" of variance reduction, checked exactly on
 * a finite distribution (no simulation): K teachers with exchangeable correlated errors (see
 * models/correlated-ensemble.ts: a shared two-point component and independent two-point components, so at
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
        return N.sub(
          b,
          variance(
            N,
            aggregates.map((A) => A[i]),
          ),
        );
      });
      return margins.reduce((m, v) => N.min(m, v));
    },
  });
}

export const varianceCorrelatedClassical = correlatedReading('classical');
export const varianceCorrelatedSingleTeacher = correlatedReading('single-teacher');
