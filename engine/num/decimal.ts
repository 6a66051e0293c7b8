import { Decimal } from 'decimal.js';
import type { Num } from './num.js';

export type DecimalCtor = typeof Decimal;

/** A decimal.js constructor of its own (never the global one: parallel work must not share settings). */
export function decimalContext(precision: number, rounding: Decimal.Rounding = Decimal.ROUND_HALF_EVEN): DecimalCtor {
  return Decimal.clone({ precision, rounding, toExpNeg: -7, toExpPos: 21, minE: -9e15, maxE: 9e15 });
}

/**
 * x^y with exact answers where decimal.js errs: it returns 0^(1e-1000) = 1 (a tiny exponent is
 * rounded to 0 before the zero base is considered).
 */
export function decimalPow(D: DecimalCtor, x: Decimal, y: Decimal): Decimal {
  if (x.isZero()) return y.isZero() ? new D(1) : y.isPositive() ? new D(0) : new D(Infinity);
  if (x.eq(1)) return new D(1);
  return D.pow(x, y);
}

/** Arbitrary-precision decimal arithmetic: the exact semantics of a formula at `precision` digits. */
export function decimalNum(precision: number): Num<Decimal> {
  const D = decimalContext(precision);
  return {
    kind: 'decimal',
    precision,
    of: (x) => new D(x),
    ratio: (a, b) => new D(a).div(b),
    add: (a, b) => a.plus(b),
    sub: (a, b) => a.minus(b),
    mul: (a, b) => a.times(b),
    div: (a, b) => a.div(b),
    neg: (a) => a.neg(),
    abs: (a) => a.abs(),
    exp: (a) => D.exp(a),
    ln: (a) => (a.isZero() ? new D(-Infinity) : D.ln(a)),
    pow: (a, b) => decimalPow(D, a, b),
    min: (a, b) => (a.lt(b) ? a : b),
    max: (a, b) => (a.gt(b) ? a : b),
    sum: (xs) => xs.reduce((s, x) => s.plus(x), new D(0)),
    hull: (a, b) => (a.lt(b) ? a : b),
    lt: (a, b) => a.lt(b),
    le: (a, b) => a.lte(b),
    isFinite: (a) => a.isFinite(),
    bounds: (a) => [a.toString(), a.toString()],
    toNumber: (a) => a.toNumber(),
  };
}
