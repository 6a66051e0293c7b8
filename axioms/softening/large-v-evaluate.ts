import { Decimal } from 'decimal.js';
import { FLOAT_OUTPUT_BAND } from '../../engine/certification/policy.js';
import { largeVector, type LargeVocabularyPoint } from '../../engine/domains/large-vocabulary.js';
import { exactDecimalOfDouble, float64, type Interval, type Num } from '../../engine/num/index.js';
import { OperatorFault } from '../../engine/operator-fault.js';
import type { SofteningOperator } from '../../engine/operators/softening.js';

/**
 * The float64 path of the large-vocabulary checks: the operator's own float64 evaluation, called
 * once per temperature on one reused number[] (refilled from the point's Float64Array before each
 * call, so code that mutates its input cannot corrupt the next), and margins computed in loops over
 * the returned array: no allocation per coordinate beyond the operator's own output.
 */
let input: number[] = [];

/** F_T(q) in float64, or undefined when it is not V finite numbers (A0 judges that; the others judge valid outputs). */
export function softenLarge(op: SofteningOperator, x: LargeVocabularyPoint, T: string): number[] | undefined {
  const { q } = largeVector(x);
  if (input.length !== q.length) input = new Array<number>(q.length).fill(0);
  for (let i = 0; i < q.length; i++) input[i] = q[i];
  const F = op.apply(float64, input, Number(T));
  return validOutput(F, q.length) ? F : undefined;
}

function validOutput(F: readonly number[], V: number): boolean {
  if (!Array.isArray(F) || F.length !== V) return false;
  for (let i = 0; i < V; i++) if (!Number.isFinite(F[i])) return false;
  return true;
}

/**
 * The returned doubles a certificate rests on: two calls that must agree bit for bit (a verdict
 * must not rest on one of several answers, as for every exact evaluation of user code).
 */
type Described = () => Record<string, string | string[]>;

export function certifiedOutput(
  op: SofteningOperator,
  x: LargeVocabularyPoint,
  T: string,
  describe: Described,
): number[] | undefined {
  const first = softenLarge(op, x, T);
  const firstCopy = first && Float64Array.from(first);
  const second = softenLarge(op, x, T);
  if (!firstCopy || !second) return first === undefined && second === undefined ? undefined : throwNondeterministic(op, describe);
  for (let i = 0; i < second.length; i++) if (!Object.is(firstCopy[i], second[i])) throwNondeterministic(op, describe);
  return second;
}

function throwNondeterministic(op: SofteningOperator, describe: Described): never {
  throw new OperatorFault(
    'nondeterministic',
    `${op.name}: two calls on the same large-vocabulary input returned different outputs`,
    describe(),
  );
}

/** A double float64 code returned, as certification reads it: exactly, within 2^-40 relative (plugin/operator.ts does the same). */
export function returnedDouble(N: Num<Interval>, v: number): Interval {
  const x = N.of(exactDecimalOfDouble(v));
  return v === 0 ? x : N.mul(x, N.hull(N.of(FLOAT_OUTPUT_BAND[0]), N.of(FLOAT_OUTPUT_BAND[1])));
}

/**
 * An enclosure of Σ_i v_i for V non-negative doubles summed in float64: the recursive sum is within
 * (V − 1)·2^-53/(1 − (V − 1)·2^-53) of Σ|v_i| (Higham, Accuracy and Stability, §4.2), widened to
 * 2V·2^-53 to cover the float64 sum of |v_i| used for the bound, plus `relative` of each term.
 */
export function sumEnclosure(values: ArrayLike<number>, relative = 0): [Decimal, Decimal] {
  let sum = 0;
  let absolute = 0;
  for (let i = 0; i < values.length; i++) {
    sum += values[i];
    absolute += Math.abs(values[i]);
  }
  const D = Decimal.clone({ precision: 60 });
  const error = new D(exactDecimalOfDouble(absolute))
    .times(
      new D(2)
        .pow(-53)
        .times(2 * values.length)
        .plus(relative),
    )
    .times('1.01');
  const exact = new D(exactDecimalOfDouble(sum));
  return [exact.minus(error), exact.plus(error)];
}

/** Σq enclosed as an interval, for probabilities q_i/Σq in interval arithmetic. */
export function totalInterval(N: Num<Interval>, x: LargeVocabularyPoint): Interval {
  const [lo, hi] = sumEnclosure(largeVector(x).q);
  return N.hull(N.of(lo.toString()), N.of(hi.toString()));
}
