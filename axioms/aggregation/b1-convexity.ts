import * as fc from 'fast-check';
import type { Domain } from '../../engine/domains/domain.js';
import { disjointEnsembleArb, ensembleArb, ensembleDomain, type Ensemble } from '../../engine/domains/ensemble.js';
import type { Num } from '../../engine/num/index.js';
import { pointwise } from '../../engine/pointwise.js';
import type { AggregationOperator } from '../../engine/operators/aggregation.js';
import { minimum } from '../softening/outputs.js';
import { aggregated, ensembleIn, isZeroWeight, softenedTeachers, validAggregate } from './outputs.js';

/** The ensemble domain, with teachers on disjoint supports (where pools are undefined) 1 case in 10. */
const simplexDomain: Domain<Ensemble> = {
  ...ensembleDomain,
  arbitrary: fc.oneof({ arbitrary: ensembleArb, weight: 9 }, { arbitrary: disjointEnsembleArb, weight: 1 }),
  coverage: `${ensembleDomain.coverage}; 1 case in 10: teachers on disjoint supports, weights often tied`,
};

/**
 * B1, reading "output in the simplex": A has V finite entries, each ≥ 0, summing to 1. An operator
 * undefined at a point of its domain (a normalising total exactly 0) has no output in Δ^V there: a
 * certified violation at the exact input (see engine/counterexamples/certify.ts).
 */
export const B1Simplex = pointwise<Ensemble, AggregationOperator>({
  id: 'B1',
  variant: 'simplex',
  title: 'Convexity preservation: the aggregate is a distribution',
  statement: 'For all teachers p_k ∈ Δ^V, weights w ∈ Δ^K and T > 0, A(p; w, T) ∈ Δ^V.',
  strict: false,
  runs: 4000,
  faultRefutes: true,
  quantity: 'min(min_i A_i, −|Σ_i A_i − 1|)',
  domain: simplexDomain,
  margin<V>(N: Num<V>, op: AggregationOperator, x: Ensemble): V {
    const A = aggregated(N, op, x);
    if (A.length !== x.teachers[0].length) return N.of(-1);
    if (!A.every((v) => N.isFinite(v))) return N.kind === 'interval' && op.exactness === 'generic' ? N.of(Number.NaN) : N.of(-1);
    return N.min(minimum(N, A), N.neg(N.abs(N.sub(N.sum(A), N.of(1)))));
  },
});

/**
 * B1, reading "output in the convex hull of the teachers", for all teachers or only those with
 * positive weight. Certified through a necessary condition of hull membership: every coordinate of
 * A lies between the teachers' smallest and largest value there. A point inside every coordinate
 * range but outside the hull (possible for K ≥ 2, V ≥ 3) is not detected: the evidence says so.
 */
function hullReading(variant: string, which: string, counts: (x: Ensemble, k: number) => boolean, softened = false) {
  return pointwise<Ensemble, AggregationOperator>({
    id: 'B1',
    variant,
    title: `Convexity preservation: the aggregate lies in the convex hull of ${which}`,
    statement: `For all teachers, weights and T > 0, A(p; w, T) ∈ conv{${softened ? 'F_T(p_k)' : 'p_k'} : ${which}} (checked through each coordinate's range, a necessary condition).`,
    strict: false,
    runs: 4000,
    quantity: 'min_i min(A_i − min_k p_k,i, max_k p_k,i − A_i)',
    domain: ensembleDomain,
    margin<V>(N: Num<V>, op: AggregationOperator, x: Ensemble): V {
      const A = validAggregate(N, op, x);
      if (!A) return N.of(1);
      const teachers = softened ? softenedTeachers(N, x) : ensembleIn(N, x).teachers;
      const hull = teachers.filter((_, k) => counts(x, k));
      if (hull.length === 0) return N.of(1);
      return minimum(
        N,
        A.map((a, i) => {
          const column = hull.map((t) => t[i]);
          return N.min(
            N.sub(a, minimum(N, column)),
            N.sub(
              column.reduce((m, v) => N.max(m, v)),
              a,
            ),
          );
        }),
      );
    },
  });
}

export const B1Hull = hullReading('hull', 'all teachers', () => true);
export const B1HullWeighted = hullReading('hull-weighted', 'the teachers of positive weight', (x, k) => !isZeroWeight(x.w[k]));
/** At temperature T the aggregate is compared with the softened teachers F_T(p_k), F the power transform. */
export const B1HullSoftened = hullReading('hull-softened', 'all teachers softened at T', () => true, true);
