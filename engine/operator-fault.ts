import type { ArithmeticKind, Num } from './num/index.js';

/** Why an operator's code failed to produce an output at an input. */
export type FaultKind = 'threw' | 'timeout' | 'crashed' | 'invalid-output' | 'out-of-memory' | 'nondeterministic';

/**
 * An operator failed at an input (user code threw, hung, crashed its worker, or returned something
 * that is not an array of numbers of sensible length). The engine turns it into a finding that
 * names the input, and the run goes on.
 */
export class OperatorFault extends Error {
  override readonly name = 'OperatorFault';
  constructor(
    readonly kind: FaultKind,
    message: string,
    /** The input, exactly as the operator received it (p and T; or the teachers, weights and T). */
    readonly input: Record<string, string | string[]>,
  ) {
    super(message);
  }
}

export function isOperatorFault(e: unknown): e is OperatorFault {
  return e instanceof Error && e.name === 'OperatorFault' && 'kind' in e && 'input' in e;
}

/**
 * A built-in operator is mathematically undefined at its input (a normalising total that is exactly
 * 0, say), as decided in the arithmetic `arithmetic`. In float64 that may be underflow; in interval
 * or decimal arithmetic it is a fact about the formula. Checks whose statement requires an output
 * in Δ^V (`faultRefutes`) count a certain one as a violation; every other check reports it as a fault.
 */
export class UndefinedOutput extends Error {
  override readonly name = 'UndefinedOutput';
  constructor(
    message: string,
    readonly arithmetic: ArithmeticKind,
    /** The enclosure of the quantity that made it undefined (e.g. the normalising total). */
    readonly bounds: [string, string],
    /** The operator's domain of definition, as an assumption ("the weighted supports intersect"). */
    readonly definedWhere: string,
    /** What `bounds` encloses, for the certificate. */
    readonly quantity = 'the normalising total of the output',
  ) {
    super(message);
  }
}

/**
 * The output of a formula evaluated in N, or UndefinedOutput when a coordinate certainly has no
 * value (interval arithmetic's empty set: the formula divides by an exact 0 on the way to it). A
 * division by 0 that the output does not depend on (a discarded secant step) is no fault.
 */
export function definedOutput<V>(N: Num<V>, output: V[], name: string): V[] {
  const i = output.findIndex((v) => N.isEmpty(v));
  if (i < 0) return output;
  const message = `${name}_${i + 1} divides by an exact 0`;
  throw new UndefinedOutput(
    message,
    N.kind,
    ['0', '0'],
    'every divisor in its formula is non-zero',
    'a divisor in the formula of the output',
  );
}

export function isUndefinedOutput(e: unknown): e is UndefinedOutput {
  return e instanceof Error && e.name === 'UndefinedOutput' && 'arithmetic' in e;
}

/**
 * The check's time budget ran out before the operator could be called (user code only): not a fault
 * of the operator, and not evidence either; the check that meets it is marked incomplete.
 */
export class BudgetExhausted extends Error {
  override readonly name = 'BudgetExhausted';
}

export function isBudgetExhausted(e: unknown): e is BudgetExhausted {
  return e instanceof Error && e.name === 'BudgetExhausted';
}
