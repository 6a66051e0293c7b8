import { Decimal } from 'decimal.js';
import { tieMass, tieTemperature } from '../../engine/certification/policy.js';
import { exactSum } from '../../engine/instance/weights.js';
import type { Ensemble } from '../../engine/domains/ensemble.js';
import { ensembleDomain } from '../../engine/domains/ensemble.js';
import type { Num } from '../../engine/num/index.js';
import { pointwise } from '../../engine/pointwise.js';
import type { AggregationOperator } from '../../engine/operators/aggregation.js';
import { minimum } from '../softening/outputs.js';
import { isZeroWeight, validAggregate } from './outputs.js';

/**
 * B2, positivity inheritance, in two readings of which coordinates must stay positive. Which
 * coordinates qualify is decided exactly from the weights, never from rounded values; `wellConditioned`
 * says where an output of exactly 0 from float64-only code cannot be underflow (masses and weights
 * ≥ 2^-30, 1/16 ≤ T ≤ 16: engine/certification/policy.ts).
 */
function positivityReading(
  variant: string,
  where: string,
  qualifies: (x: Ensemble, i: number) => boolean,
  wellConditioned: (x: Ensemble, i: number) => boolean,
) {
  return pointwise<Ensemble, AggregationOperator>({
    id: 'B2',
    variant,
    title: `Positivity inheritance: A_i > 0 where ${where}`,
    statement: `For all teachers, weights and T > 0: A(p; w, T)_i > 0 for every i where ${where}.`,
    strict: true,
    runs: 4000,
    quantity: `min over i where ${where} of A_i`,
    domain: ensembleDomain,
    margin<V>(N: Num<V>, op: AggregationOperator, x: Ensemble): V {
      const A = validAggregate(N, op, x);
      const coordinates = x.teachers[0].map((_, i) => i).filter((i) => qualifies(x, i));
      if (!A || coordinates.length === 0) return N.of(1);
      return minimum(
        N,
        coordinates.map((i) => A[i]),
      );
    },
    conditionedMargin<V>(N: Num<V>, op: AggregationOperator, x: Ensemble): V {
      const A = validAggregate(N, op, x);
      const coordinates = x.teachers[0].map((_, i) => i).filter((i) => qualifies(x, i) && wellConditioned(x, i));
      if (!A || coordinates.length === 0 || !tieTemperature(x.T)) return N.of(1);
      return minimum(
        N,
        coordinates.map((i) => A[i]),
      );
    },
  });
}

/** p_k,i as an exact decimal (teacher k normalised). */
const mass = (t: readonly string[], i: number) => new Decimal(t[i]).div(exactSum(t));

export const B2AllPositive = positivityReading(
  'all-teachers',
  'every teacher is positive',
  (x, i) => x.teachers.every((t) => !isZeroWeight(t[i])),
  (x, i) => x.teachers.every((t) => tieMass(mass(t, i))),
);
export const B2AnyWeighted = positivityReading(
  'any-weighted-teacher',
  'some teacher of positive weight is positive',
  (x, i) => x.teachers.some((t, k) => !isZeroWeight(x.w[k]) && !isZeroWeight(t[i])),
  (x, i) => x.teachers.some((t, k) => tieMass(mass(x.w, k)) && tieMass(mass(t, i))),
);
