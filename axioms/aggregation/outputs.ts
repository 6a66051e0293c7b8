import type { Ensemble } from '../../engine/domains/ensemble.js';
import { probabilities } from '../../engine/instance/weights.js';
import type { Num } from '../../engine/num/index.js';
import { definedOutput } from '../../engine/operator-fault.js';
import type { AggregationOperator } from '../../engine/operators/aggregation.js';
import { powerTransform } from '../../operators/softening/power.js';

/** The teachers and weights of x in the arithmetic N. */
export function ensembleIn<V>(N: Num<V>, x: Ensemble): { teachers: V[][]; w: V[] } {
  return { teachers: x.teachers.map((t) => probabilities(N, t)), w: probabilities(N, x.w) };
}

/** A(p_1, …, p_K; w, T) for the exact instance x, at temperature T (x.T unless given). */
export function aggregated<V>(N: Num<V>, op: AggregationOperator, x: Ensemble, T: string = x.T): V[] {
  const { teachers, w } = ensembleIn(N, x);
  return definedOutput(N, op.apply(N, teachers, w, N.of(T)), 'A');
}

/** A(x) when it is a finite array of length V, else undefined (B1/simplex reports the rest). */
export function validAggregate<V>(N: Num<V>, op: AggregationOperator, x: Ensemble, T: string = x.T): V[] | undefined {
  const A = aggregated(N, op, x, T);
  return A.length === x.teachers[0].length && A.every((v) => N.isFinite(v)) ? A : undefined;
}

/** Exact zero test on a weight string ("0", "0.0", "0e5"). */
export const isZeroWeight = (s: string) => !/[1-9]/.test(s.split(/e/i)[0]);

/** +∞ only when surely so (an interval whose lower end is +∞); a half-infinite interval is undecided. */
export function finiteness<V>(N: Num<V>, v: V): 'finite' | 'infinite' | 'unknown' {
  if (N.isFinite(v)) return 'finite';
  return N.bounds(v)[0] === 'Infinity' ? 'infinite' : 'unknown';
}

/**
 * The teachers as softened at x.T, F_T(p_k) with F the power transform: what an aggregate at
 * temperature T is compared with in the "softened" readings (at T = 1 they are the teachers).
 */
export function softenedTeachers<V>(N: Num<V>, x: Ensemble): V[][] {
  const T = N.of(x.T);
  return ensembleIn(N, x).teachers.map((t) => powerTransform(N, t, T));
}
