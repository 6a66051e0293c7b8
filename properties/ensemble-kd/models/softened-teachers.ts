import { ensembleIn, softenedTeachers, validAggregate } from '../../../axioms/aggregation/outputs.js';
import type { Ensemble } from '../../../engine/domains/ensemble.js';
import type { Num } from '../../../engine/num/index.js';
import type { AggregationOperator } from '../../../engine/operators/aggregation.js';

/**
 * The reading shared by the guarantees: at temperature T, the aggregate A(p; w, T) is compared with
 * the teachers as softened at T, F_T(p_k) (F the power transform); at T = 1 these are the teachers.
 * Undefined (undefined) where A is not a finite vector of length V.
 */
export function aggregateAndTeachers<V>(
  N: Num<V>,
  op: AggregationOperator,
  x: Ensemble,
): { A: V[]; teachers: V[][]; w: V[] } | undefined {
  const A = validAggregate(N, op, x);
  if (!A) return undefined;
  return { A, teachers: softenedTeachers(N, x), w: ensembleIn(N, x).w };
}

export const READING = 'at temperature T, the aggregate against the teachers softened at T (F_T(p_k), F the power transform)';
