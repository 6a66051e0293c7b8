import { Decimal } from 'decimal.js';
import { probabilities } from '../../../engine/instance/weights.js';
import { decimalNum, intervalNum, type Num } from '../../../engine/num/index.js';
import type { CertificateKind } from '../../../engine/verdicts.js';
import type { SofteningOperator } from '../../../engine/operators/softening.js';

/**
 * A quantity computed from an operator's output, enclosed rigorously enough to separate two
 * values: outward-rounded intervals for generic formulas; for an iterative family (entropy
 * projection: exactness 'decimal') the value at 50 and 100 digits, widened by their disagreement
 * and 10^-40 — the engine's 'decimal-agreement' standard for user code.
 */
export interface Enclosure {
  lo: Decimal;
  hi: Decimal;
  kind: CertificateKind;
}

export type Quantity = <V>(N: Num<V>, p: readonly V[], F: readonly V[]) => V;

const PRECISION = 50;

export function enclose(op: SofteningOperator, w: readonly string[], T: string, quantity: Quantity): Enclosure {
  if (op.exactness === 'generic') {
    const I = intervalNum(PRECISION);
    const p = probabilities(I, w);
    const [lo, hi] = I.bounds(quantity(I, p, op.apply(I, p, I.of(T)))).map((s) => new Decimal(s));
    return { lo, hi, kind: 'interval' };
  }
  const [a, b] = [PRECISION, 2 * PRECISION].map((digits) => {
    const N = decimalNum(digits);
    const p = probabilities(N, w);
    return new Decimal(N.bounds(quantity(N, p, op.apply(N, p, N.of(T))))[0]);
  });
  const slack = a.minus(b).abs().plus('1e-40');
  return { lo: a.minus(slack), hi: a.plus(slack), kind: 'decimal-agreement' };
}

export const disjoint = (a: Enclosure, b: Enclosure) => a.hi.lt(b.lo) || b.hi.lt(a.lo);

export const show = (e: Enclosure) =>
  `[${e.lo.toSignificantDigits(12, Decimal.ROUND_FLOOR)}, ${e.hi.toSignificantDigits(12, Decimal.ROUND_CEIL)}]`;

/** The i-th coordinate of the output. */
export const coordinate =
  (i: number): Quantity =>
  (_N, _p, F) =>
    F[i];
