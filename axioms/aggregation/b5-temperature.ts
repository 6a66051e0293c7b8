import type { Ensemble } from '../../engine/domains/ensemble.js';
import { ensembleDomain } from '../../engine/domains/ensemble.js';
import type { Num } from '../../engine/num/index.js';
import { pointwise } from '../../engine/pointwise.js';
import type { AggregationOperator } from '../../engine/operators/aggregation.js';
import { powerTransform } from '../../operators/softening/power.js';
import { maxAbsDifference } from '../softening/outputs.js';
import { ensembleIn, validAggregate } from './outputs.js';

/*
 * B5, temperature coherence, with F_T the power transform of Sparse-KD §II. The reading "at T = 1
 * only" is not encoded: F_1 is the identity (A4), so it holds for every operator and a check of it
 * could never fail.
 */

/** B5 as commutation: A(p; w, T) = F_T(A(p; w, 1)) = A(F_T p_1, …, F_T p_K; w, 1) for all T. */
export const B5Commutes = pointwise<Ensemble, AggregationOperator>({
  id: 'B5',
  variant: 'commutes',
  title: 'Temperature coherence: aggregation commutes with softening',
  statement:
    'For all teachers, weights and T > 0: A(p; w, T) = F_T(A(p; w, 1)) = A(F_T(p_1), …, F_T(p_K); w, 1), F_T the power transform.',
  strict: false,
  runs: 1000,
  quantity: '−max(‖A(p;w,T) − F_T(A(p;w,1))‖∞, ‖A(p;w,T) − A(F_T p;w,1)‖∞)',
  domain: ensembleDomain,
  margin<V>(N: Num<V>, op: AggregationOperator, x: Ensemble): V {
    const atT = validAggregate(N, op, x);
    const atOne = validAggregate(N, op, x, '1');
    if (!atT || !atOne) return N.of(1);
    const { teachers, w } = ensembleIn(N, x);
    const T = N.of(x.T);
    const softenedFirst = op.apply(
      N,
      teachers.map((t) => powerTransform(N, t, T)),
      w,
      N.of(1),
    );
    if (softenedFirst.length !== atT.length || !softenedFirst.every((v) => N.isFinite(v))) return N.of(1);
    return N.neg(N.max(maxAbsDifference(N, atT, powerTransform(N, atOne, T)), maxAbsDifference(N, atT, softenedFirst)));
  },
});

/**
 * B5 up to reparametrising T: for every T some T′ > 0 has A(p; w, T) = F_T′(A(p; w, 1)). With
 * a = A(p; w, 1), b = A(p; w, T) and i the largest coordinate of a, F_T′ forces
 * ln(b_j / b_i) / ln(a_j / a_i) = 1/T′ for every j with 0 < a_j < a_i: the margin is minus the
 * spread of these implied values relative to their size when above 1 (coordinates whose positivity or order the
 * arithmetic cannot decide are left out, so a certified spread is a proof). Coordinates with
 * a_j/a_i within a factor e^(±RESOLVED_LOG) of 1 are left out too: there the implied value divides
 * by a logarithm that rounding of a user's outputs (one ulp at an exact tie of a) swamps, and the
 * relative spread keeps 1/T′ ≈ 1e9 at small T from turning 1e-16 rounding into a refutation.
 */
const RESOLVED_LOG = 1e-4;
export const B5Reparametrised = pointwise<Ensemble, AggregationOperator>({
  id: 'B5',
  variant: 'reparametrised',
  title: 'Temperature coherence up to reparametrising T',
  statement: 'For all teachers, weights and T > 0 there is T′ > 0 with A(p; w, T) = F_T′(A(p; w, 1)), F the power transform.',
  strict: false,
  runs: 1000,
  quantity: '−(max_j − min_j)/max(1, max_j |·|) of ln(b_j/b_i)/ln(a_j/a_i) over a_j < a_i·e^(−1e-4), a = A(p;w,1), b = A(p;w,T)',
  domain: ensembleDomain,
  margin<V>(N: Num<V>, op: AggregationOperator, x: Ensemble): V {
    const a = validAggregate(N, op, x, '1');
    const b = validAggregate(N, op, x);
    if (!a || !b) return N.of(1);
    const zero = N.of(0);
    const i = a.reduce((best, v, j) => (N.toNumber(v) > N.toNumber(a[best]) ? j : best), 0);
    const resolved = N.of(-RESOLVED_LOG);
    const implied = a.flatMap((aj, j) => {
      if (j === i || N.lt(zero, aj) !== true || N.lt(zero, b[j]) !== true || N.lt(zero, b[i]) !== true) return [];
      const logRatio = N.ln(N.div(aj, a[i]));
      return N.lt(logRatio, resolved) === true ? [N.div(N.ln(N.div(b[j], b[i])), logRatio)] : [];
    });
    if (implied.length < 2) return N.of(1);
    const high = implied.reduce((m, v) => N.max(m, v));
    const low = implied.reduce((m, v) => N.min(m, v));
    return N.neg(N.div(N.sub(high, low), N.max(N.of(1), N.max(N.abs(high), N.abs(low)))));
  },
});
