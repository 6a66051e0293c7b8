import { mathjs } from '../lazy-mathjs.js';
import type { StatementOutcome } from './outcome.js';

/** Points at which a symbolic identity that mathjs cannot simplify is evaluated, per variable. */
const PROBE_VALUES = ['2', '3/7', '5', '11/3'];
const DIGITS = [60, 90];

/**
 * An identity lhs = rhs discharged symbolically by mathjs (`symbolicEqual`, else `rationalize` of
 * the difference to 0): `proved`. When mathjs cannot reduce it, the difference is evaluated at
 * simple rational points at two precisions; a value clearly away from 0 at both refutes it with
 * the point; otherwise the step stays undecided (`failed`), never "proved" by sampling.
 */
export function symbolicIdentity(lhs: string, rhs: string, variables: readonly string[]): StatementOutcome {
  const difference = `(${lhs}) - (${rhs})`;
  if (reducesToZero(lhs, rhs, difference))
    return { kind: 'derived', method: 'symbolic', detail: `mathjs reduces ${difference} to 0.` };
  for (const point of probePoints(variables)) {
    const values = DIGITS.map((digits) => evaluateAt(difference, point, digits));
    const away = values.every((v) => v !== undefined && v.abs().gt(`1e-${DIGITS[0] / 2}`));
    if (away && values[0]!.isNegative() === values[1]!.isNegative()) {
      const value = values[1]!.toSignificantDigits(20).toString();
      return {
        kind: 'derived',
        method: 'symbolic',
        detail: `mathjs could not reduce ${difference}; it is ${value} at the point below.`,
        counterexample: {
          instance: { ...point, identity: `${lhs} = ${rhs}` },
          certificate: {
            kind: 'decimal-agreement',
            quantity: difference,
            lo: value,
            hi: value,
            explanation: `Evaluated in mathjs BigNumber at ${DIGITS.join(' and ')} digits; both are ${value} to 20 digits, not 0.`,
          },
          replay: '', // set by runStatement, which knows the statement
          size: [variables.length],
        },
      };
    }
  }
  return { kind: 'failed', detail: `mathjs could not reduce ${difference} to 0, and it is 0 at every probe point: undecided.` };
}

function reducesToZero(lhs: string, rhs: string, difference: string): boolean {
  const { parse, rationalize, simplify, symbolicEqual } = mathjs();
  try {
    if (symbolicEqual(parse(lhs), parse(rhs))) return true;
  } catch {
    // symbolicEqual throws on expressions it cannot handle; rationalize may still
  }
  try {
    return simplify(rationalize(difference) as never).toString() === '0';
  } catch {
    return false;
  }
}

function* probePoints(variables: readonly string[]): Generator<Record<string, string>> {
  for (let k = 0; k < PROBE_VALUES.length; k++)
    yield Object.fromEntries(variables.map((v, i) => [v, PROBE_VALUES[(k + i) % PROBE_VALUES.length]]));
}

function evaluateAt(expression: string, point: Record<string, string>, digits: number) {
  const { all, create } = mathjs();
  const math = create(all, { number: 'BigNumber', precision: digits });
  const scope = Object.fromEntries(Object.entries(point).map(([k, v]) => [k, math.evaluate(v)]));
  const value = math.evaluate(expression, scope);
  return math.isBigNumber(value) ? value : undefined;
}
