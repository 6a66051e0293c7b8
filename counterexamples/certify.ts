import { Decimal } from 'decimal.js';
import type { CheckContext } from '../engine/context.js';
import { decimalNum, intervalNum, type Num } from '../engine/num/index.js';
import type { PointwiseCheck } from '../engine/pointwise.js';
import type { Certificate } from '../engine/verdicts.js';
import type { AuditedOperator } from '../engine/operator.js';
import { isUndefinedOutput, type UndefinedOutput } from '../engine/operator-fault.js';

/**
 * Decide whether x violates the check, with proof. The proof depends on how far the operator's
 * formula can be trusted (its exactness):
 * - generic formula: the interval enclosure of the margin lies on the violating side;
 * - float64 code: its returned doubles, taken exactly, violate by more than the float allowance;
 * - a user's decimal applyExact: violation beyond the allowance at two precisions.
 * Returns undefined when the violation is not proven (a float64 candidate that fails here is a
 * fidelity finding, never a refutation). For a check with `faultRefutes` (an output in Δ^V is what
 * it asks), an operator that the exact arithmetic finds undefined at x is a proven violation.
 */
export function certify<X, Op extends AuditedOperator>(check: PointwiseCheck<X, Op>, op: Op, x: X, ctx: CheckContext): Certificate | undefined {
  try {
    return certifyMargin(check, op, x, ctx);
  } catch (e) {
    if (check.faultRefutes && isUndefinedOutput(e) && e.arithmetic !== 'float64') return undefinedCertificate(e, ctx.precision);
    throw e;
  }
}

function certifyMargin<X, Op extends AuditedOperator>(check: PointwiseCheck<X, Op>, op: Op, x: X, ctx: CheckContext): Certificate | undefined {
  switch (op.exactness) {
    case 'generic':
      return certifyByInterval(check, op, x, ctx.precision, 0, 'interval');
    case 'float64':
      return certifyByInterval(check, op, x, ctx.precision, ctx.floatAllowance, 'exact-float-output');
    case 'decimal':
      return certifyByDecimalAgreement(check, op, x, ctx);
  }
}

/** The operator has no value at x: the exact arithmetic found the quantity that defines it impossible (a zero total). */
function undefinedCertificate(e: UndefinedOutput, precision: number): Certificate {
  const how = e.arithmetic === 'interval' ? `interval arithmetic at ${precision} digits` : `decimal arithmetic at ${precision} digits`;
  return {
    kind: e.arithmetic === 'interval' ? 'interval' : 'decimal-agreement',
    quantity: 'the normalising total of the output',
    lo: e.bounds[0],
    hi: e.bounds[1],
    explanation: `The operator is undefined at this input (${e.message}): ${how} encloses its normalising total, a sum of non-negative terms, in [lo, hi] with hi ≤ 0, so it is exactly 0 and there is no output in Δ^V.`,
  };
}

function violates(hi: Decimal, allowance: number, strict: boolean): boolean {
  if (hi.isNaN()) return false;
  return allowance > 0 ? hi.lt(-allowance) : strict ? hi.lte(0) : hi.lt(0);
}

function certifyByInterval<X, Op extends AuditedOperator>(
  check: PointwiseCheck<X, Op>, op: Op, x: X, precision: number, allowance: number, kind: Certificate['kind'],
): Certificate | undefined {
  const I = intervalNum(precision);
  const [lo, hi] = I.bounds(check.margin(I, op, x));
  if (!violates(new Decimal(hi), allowance, check.strict)) return undefined;
  return {
    kind,
    quantity: check.quantity,
    lo,
    hi,
    explanation: explain(check.strict, allowance, kind === 'interval' ? `interval arithmetic at ${precision} digits` : `the operator's float64 outputs, taken exactly (interval arithmetic at ${precision} digits)`),
  };
}

function certifyByDecimalAgreement<X, Op extends AuditedOperator>(check: PointwiseCheck<X, Op>, op: Op, x: X, ctx: CheckContext): Certificate | undefined {
  const at = (N: Num<Decimal>) => check.margin(N, op, x);
  const low = at(decimalNum(ctx.precision));
  const high = at(decimalNum(ctx.precision * 2));
  if (!violates(low, ctx.decimalAllowance, check.strict) || !violates(high, ctx.decimalAllowance, check.strict)) return undefined;
  const [lo, hi] = low.lt(high) ? [low, high] : [high, low];
  return {
    kind: 'decimal-agreement',
    quantity: check.quantity,
    lo: lo.toString(),
    hi: hi.toString(),
    explanation: explain(check.strict, ctx.decimalAllowance, `the operator's applyExact at ${ctx.precision} and ${ctx.precision * 2} digits`),
  };
}

function explain(strict: boolean, allowance: number, how: string): string {
  const need = strict ? 'must be > 0' : 'must be ≥ 0';
  const beyond = allowance > 0 ? `; the upper bound is below −${allowance} (the rounding allowance)` : '; the whole enclosure is on the violating side';
  return `The margin ${need}; ${how} encloses it in [lo, hi]${beyond}.`;
}
