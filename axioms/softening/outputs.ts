import type { Num } from '../../engine/num/index.js';
import { definedOutput } from '../../engine/operator-fault.js';
import { probabilities } from '../../engine/instance/weights.js';
import type { SofteningOperator } from '../../engine/operators/softening.js';

/** F_T(p) for exact weights w and an exact temperature T, in the arithmetic N. */
export function softened<V>(N: Num<V>, op: SofteningOperator, w: readonly string[], T: string): V[] {
  return definedOutput(N, op.apply(N, probabilities(N, w), N.of(T)), 'F_T(p)');
}

/**
 * F_T(p) when it is a finite array of the right length, else undefined. Axioms other than A0 are
 * judged only where the output is such an array; A0 reports the rest.
 */
export function validOutput<V>(N: Num<V>, op: SofteningOperator, w: readonly string[], T: string): V[] | undefined {
  const F = softened(N, op, w, T);
  return F.length === w.length && F.every((v) => N.isFinite(v)) ? F : undefined;
}

/** max_i |a_i − b_i| */
export function maxAbsDifference<V>(N: Num<V>, a: readonly V[], b: readonly V[]): V {
  return a.map((x, i) => N.abs(N.sub(x, b[i]))).reduce((m, d) => N.max(m, d));
}

/** The smallest of several values. */
export function minimum<V>(N: Num<V>, xs: readonly V[]): V {
  return xs.reduce((m, x) => N.min(m, x));
}
