import { Decimal } from 'decimal.js';
import { certificationPolicy, provesViolation, type CertificationPolicy } from '../certification/policy.js';
import type { CheckContext } from '../context.js';
import { decimalNum, intervalNum, type Num } from '../num/index.js';
import type { PointwiseCheck } from '../pointwise-check.js';
import type { Certificate } from '../verdicts.js';
import type { AuditedOperator } from '../operator.js';
import { isUndefinedOutput, type UndefinedOutput } from '../operator-fault.js';

/**
 * Decide whether x violates the check, with proof, under the certification policy of the
 * operator's exactness (engine/certification/policy.ts):
 * - generic formula: the interval enclosure of the margin lies on the violating side;
 * - a user's decimal applyExact: violation beyond the allowance at two precisions (or an exact tie);
 * - float64 code: the margin computed exactly from the doubles it received and returned violates
 *   by more than the float allowance (a tie only where well conditioned).
 * Returns undefined when the violation is not proven (a float64 candidate that fails here is a
 * fidelity finding, never a refutation). For a check with `faultRefutes` (an output in Δ^V is what
 * it asks), an operator that the exact arithmetic finds undefined at x is a proven violation.
 */
export function certify<X, Op extends AuditedOperator>(
  check: PointwiseCheck<X, Op>,
  op: Op,
  x: X,
  ctx: CheckContext,
): Certificate | undefined {
  const policy = certificationPolicy(op.exactness, ctx);
  try {
    return certifyMargin(check, op, x, policy);
  } catch (e) {
    if (check.faultRefutes && isUndefinedOutput(e) && e.arithmetic === 'interval') return undefinedCertificate(e, ctx.precision);
    throw e;
  }
}

/** Digits that hold the exact difference of any two doubles (an exact double has up to 767). */
const EXACT_DOUBLE_DIGITS = 1100;

/** The margin's enclosure in each of the policy's evaluations: [lo, hi] as decimal strings. */
function enclose<X, Op extends AuditedOperator>(
  check: PointwiseCheck<X, Op>,
  op: Op,
  x: X,
  policy: CertificationPolicy,
  margin = check.margin.bind(check),
): Array<[string, string]> {
  return policy.precisions.map((precision) => {
    const N: Num<unknown> = policy.arithmetic === 'interval' ? intervalNum(precision) : decimalNum(precision);
    return N.bounds(margin(N, op, x));
  });
}

function certifyMargin<X, Op extends AuditedOperator>(
  check: PointwiseCheck<X, Op>,
  op: Op,
  x: X,
  policy: CertificationPolicy,
): Certificate | undefined {
  // float64-only code is judged on what it received, and only where float64 cannot underflow
  if (policy.certificate === 'float-output' && check.domain.floatSafe && !check.domain.floatSafe(x)) return undefined;
  const received = policy.certificate === 'float-output' ? check.domain.received?.(x) : undefined;
  const at = received ?? x;
  const bounds = enclose(check, op, at, policy);
  // user code: a tie refutes only if the comparisons restricted to well-conditioned ones tie too —
  // judged on the returned doubles themselves (equal doubles are a tie; the 2^-40 band of
  // float64 outputs is for amplified quantities, and far below a correct gap there)
  const tiePolicy =
    policy.certificate === 'float-output'
      ? { ...policy, arithmetic: 'decimal' as const, precisions: [EXACT_DOUBLE_DIGITS] }
      : policy;
  const wellConditionedTie = () =>
    check.conditionedMargin !== undefined &&
    enclose(check, op, at, tiePolicy, check.conditionedMargin.bind(check)).every(([, hi]) => new Decimal(hi).lte(0));
  const violated = bounds.every(([lo, hi]) => provesViolation(policy, lo, hi, check.strict, wellConditionedTie));
  if (!violated) return undefined;
  const lo = minOf(bounds.map(([l]) => l));
  const hi = maxOf(bounds.map(([, h]) => h));
  return {
    kind: policy.certificate,
    quantity: check.quantity,
    lo,
    hi,
    explanation: explain(check.strict, policy, !new Decimal(hi).lt(-policy.allowance)),
    ...(received ? { received: check.domain.describe(received) } : {}),
  };
}

/** The operator has no value at x: interval arithmetic encloses the quantity that defines it in [0, 0]. */
function undefinedCertificate(e: UndefinedOutput, precision: number): Certificate {
  return {
    kind: 'interval',
    quantity: e.quantity,
    lo: e.bounds[0],
    hi: e.bounds[1],
    explanation: `The operator is undefined at this input (${e.message}): interval arithmetic at ${precision} digits encloses ${e.quantity}, which the output is divided by, in [lo, hi] with hi ≤ 0, so it is exactly 0 and there is no output in Δ^V.`,
  };
}

const minOf = (xs: string[]) => xs.reduce((a, b) => (Number(a) <= Number(b) ? a : b));
const maxOf = (xs: string[]) => xs.reduce((a, b) => (Number(a) >= Number(b) ? a : b));

function explain(strict: boolean, policy: CertificationPolicy, tie: boolean): string {
  const need = strict ? 'must be > 0' : 'must be ≥ 0';
  const how =
    policy.certificate === 'interval'
      ? `interval arithmetic at ${policy.precisions[0]} digits encloses it in [lo, hi]`
      : policy.certificate === 'decimal-agreement'
        ? `the operator's applyExact at ${policy.precisions.join(' and ')} digits gives lo and hi`
        : `computed exactly from the doubles the operator received and returned, it lies in [lo, hi]`;
  const why = tie
    ? policy.ties === 'well-conditioned'
      ? '; it is ≤ 0 on comparisons that are well conditioned (masses ≥ 2^-30 a ratio ≥ 1 + 2^-20 apart, 1/16 ≤ T ≤ 16), where no rounding or underflow of a correct operator explains a tie'
      : '; it is ≤ 0 with certainty: an exact tie or zero, or worse, which the strict inequality forbids'
    : policy.allowance > 0
      ? `; the upper bound is below −${policy.allowance} (the rounding allowance)`
      : '; the whole enclosure is on the violating side';
  return `The margin ${need}; ${how}${why}.`;
}
