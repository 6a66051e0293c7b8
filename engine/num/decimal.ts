import { Decimal } from 'decimal.js';
import type { Num } from './num.js';

export type DecimalCtor = typeof Decimal;

/**
 * The most digits a logarithm, exponential or non-integer power is computed to: decimal.js stores
 * ln 10 to 1025 digits and throws "Precision limit exceeded" beyond them. A context with more digits
 * does these in a copy limited to this many (intervals widen by an ulp at this precision).
 * (Powers try the full precision first: see decimalPow.)
 */
export const MAX_TRANSCENDENTAL_PRECISION = 1000;

/** A decimal.js constructor of its own (never the global one: parallel work must not share settings). */
export function decimalContext(precision: number, rounding: Decimal.Rounding = Decimal.ROUND_HALF_EVEN): DecimalCtor {
  return Decimal.clone({ precision, rounding, toExpNeg: -7, toExpPos: 21, minE: -9e15, maxE: 9e15 });
}

/** D itself, or a copy of D (same rounding) limited to MAX_TRANSCENDENTAL_PRECISION digits. */
export function transcendentalContext(D: DecimalCtor): DecimalCtor {
  return D.precision <= MAX_TRANSCENDENTAL_PRECISION ? D : D.clone({ precision: MAX_TRANSCENDENTAL_PRECISION });
}

/**
 * x^y with exact answers where decimal.js errs:
 * - it returns 0^(1e-1000) = 1 (a tiny exponent is rounded to 0 before the zero base is considered);
 * - it estimates over- and underflow with y as a float64, so for |y| beyond 1e308 (1/T at
 *   T = 10^-1000) and x near 1 it answers ∞ or 0 where the value is near 1: such powers are
 *   computed here as exp(y·ln x);
 * - above MAX_TRANSCENDENTAL_PRECISION digits it throws when it needs ln 10: the power is then
 *   computed at that many digits.
 * In a ROUND_FLOOR (ROUND_CEIL) context the result is a lower (upper) bound, as decimal.js's is.
 */
export function decimalPow(D: DecimalCtor, x: Decimal, y: Decimal): Decimal {
  if (x.isZero()) return y.isZero() ? new D(1) : y.isPositive() ? new D(0) : new D(Infinity);
  if (x.eq(1)) return new D(1);
  if (y.abs().gte(FLOAT_RANGE) && x.isPositive() && y.isFinite()) {
    return y.isPositive() ? hugePower(D, x, y) : D.div(1, hugePower(oppositeRounding(D), x, y.neg()));
  }
  try {
    return D.pow(x, y);
  } catch (error) {
    if (!String(error).includes('Precision limit exceeded')) throw error;
    return new D(transcendentalContext(D).pow(x, y));
  }
}

const FLOAT_RANGE = new Decimal('1e300');

/**
 * x^y = exp(y·ln x) for x > 0, y > 0: increasing in ln x and in the product, so rounding every step
 * in D's direction (ln nudged one more ulp, as decimal.js's ln may misround) bounds the result.
 */
function hugePower(D: DecimalCtor, x: Decimal, y: Decimal): Decimal {
  // |x − 1| ≥ 1e-9 makes |y·ln x| > 1e290, far beyond the exponent range (±9e15 decimal digits)
  if (x.minus(1).abs().gte('1e-9')) return new D(x.lt(1) ? 0 : Infinity);
  const T = transcendentalContext(D);
  const ln = T.ln(x);
  const ulp = new D(10).pow(ln.e - T.precision + 1);
  const nudged = D.rounding === Decimal.ROUND_FLOOR ? D.sub(ln, ulp) : D.rounding === Decimal.ROUND_CEIL ? D.add(ln, ulp) : ln;
  return new D(T.exp(D.mul(y, nudged)));
}

function oppositeRounding(D: DecimalCtor): DecimalCtor {
  const swap =
    D.rounding === Decimal.ROUND_FLOOR
      ? Decimal.ROUND_CEIL
      : D.rounding === Decimal.ROUND_CEIL
        ? Decimal.ROUND_FLOOR
        : D.rounding;
  return D.clone({ rounding: swap });
}

/** Arbitrary-precision decimal arithmetic: the exact semantics of a formula at `precision` digits. */
export function decimalNum(precision: number): Num<Decimal> {
  const D = decimalContext(precision);
  const T = transcendentalContext(D);
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
    exp: (a) => new D(T.exp(a)),
    ln: (a) => (a.isZero() ? new D(-Infinity) : new D(T.ln(a))),
    pow: (a, b) => decimalPow(D, a, b),
    min: (a, b) => (a.lt(b) ? a : b),
    max: (a, b) => (a.gt(b) ? a : b),
    sum: (xs) => xs.reduce((s, x) => s.plus(x), new D(0)),
    hull: (a, b) => (a.lt(b) ? a : b),
    lt: (a, b) => a.lt(b),
    le: (a, b) => a.lte(b),
    isFinite: (a) => a.isFinite(),
    isEmpty: () => false,
    bounds: (a) => [a.toString(), a.toString()],
    toNumber: (a) => a.toNumber(),
  };
}
