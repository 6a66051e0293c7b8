import { Decimal } from 'decimal.js';
import { decimalContext, decimalPow, transcendentalContext } from './decimal.js';
import type { Num } from './num.js';

/** A closed interval [lo, hi] of reals; the true value of a computation lies inside. */
export interface Interval {
  readonly lo: Decimal;
  readonly hi: Decimal;
}

/**
 * The empty set: the value of a division by an exact 0, which has no real value (IEEE 1788). Its
 * bounds are NaN, so nothing is ever certified from it; unlike an interval that is NaN because it
 * is too wide (ln or pow of an enclosure reaching below 0), it is certain, and it absorbs every
 * later operation, so an output that depends on such a division is known to be undefined.
 */
const EMPTY: Interval = Object.freeze({ lo: new Decimal(NaN), hi: new Decimal(NaN) });
const isEmpty = (a: Interval) => a === EMPTY;
const unary = (f: (a: Interval) => Interval) => (a: Interval) => (isEmpty(a) ? EMPTY : f(a));
const binary =
  <R>(f: (a: Interval, b: Interval) => R, empty: R) =>
  (a: Interval, b: Interval) =>
    isEmpty(a) || isEmpty(b) ? empty : f(a, b);
const isExactZero = (a: Interval) => a.lo.isZero() && a.hi.isZero();

/**
 * Outward-rounded interval arithmetic on two decimal.js contexts (ROUND_FLOOR for lower bounds,
 * ROUND_CEIL for upper). exp, ln and pow are widened by one more unit in the last place, because
 * decimal.js documents rare misroundings of pow (and ln has an open report).
 */
export function intervalNum(precision: number): Num<Interval> {
  const L = decimalContext(precision, Decimal.ROUND_FLOOR);
  const U = decimalContext(precision, Decimal.ROUND_CEIL);
  const [LT, UT] = [transcendentalContext(L), transcendentalContext(U)];
  // one unit in the last place of the precision exp, ln and pow are actually computed to
  const ulp = (x: Decimal) => new L(10).pow(x.e - LT.precision + 1);
  const down = (x: Decimal) => (x.isZero() || !x.isFinite() ? x : L.sub(x, ulp(x)));
  const up = (x: Decimal) => (x.isZero() || !x.isFinite() ? x : U.add(x, ulp(x)));
  // exp and pow of finite, non-zero arguments are finite and positive: a result beyond decimal.js's
  // exponent range comes back as 0 or ∞ whatever the rounding, so that side of the enclosure is
  // replaced by the smallest (largest) representable magnitude.
  const TINY = new U(`1e${-9e15}`);
  const HUGE = new L(`9e${9e15}`);
  const downPositive = (x: Decimal) => (x.eq(Infinity) ? HUGE : down(x));
  const upPositive = (x: Decimal) => (x.isZero() ? TINY : up(x));
  // the same for a product or quotient r of non-zero finite x and y, whose sign is known
  const outOfRange = (r: Decimal, x: Decimal, y: Decimal, side: 'lower' | 'upper') => {
    if (x.isZero() || y.isZero() || !x.isFinite() || !y.isFinite()) return r;
    const positive = x.isPositive() === y.isPositive();
    if (r.isZero()) return positive === (side === 'upper') ? (positive ? TINY : TINY.neg()) : r;
    if (!r.isFinite()) return positive === (side === 'lower') ? (positive ? HUGE : HUGE.neg()) : r;
    return r;
  };
  const make = (lo: Decimal, hi: Decimal): Interval =>
    lo.isNaN() || hi.isNaN() ? { lo: new L(NaN), hi: new U(NaN) } : { lo, hi };
  const point = (lo: Decimal, hi: Decimal) => make(lo, hi);
  const whole = () => make(new L(-Infinity), new U(Infinity));
  const corners = (
    a: Interval,
    b: Interval,
    lower: (x: Decimal, y: Decimal) => Decimal,
    upper: (x: Decimal, y: Decimal) => Decimal,
  ) => {
    const pairs: Array<[Decimal, Decimal]> = [
      [a.lo, b.lo],
      [a.lo, b.hi],
      [a.hi, b.lo],
      [a.hi, b.hi],
    ];
    const los = pairs.map(([x, y]) => lower(x, y));
    const his = pairs.map(([x, y]) => upper(x, y));
    if (los.some((v) => v.isNaN()) || his.some((v) => v.isNaN())) return make(new L(NaN), new U(NaN));
    return make(L.min(...los), U.max(...his));
  };
  const nonNegative = (x: Decimal) => (x.isNegative() ? new L(0) : x);

  return {
    kind: 'interval',
    precision,
    of: (x) => point(new L(x), new U(x)),
    ratio: (a, b) => point(L.div(a, b), U.div(a, b)),
    add: binary((a, b) => make(L.add(a.lo, b.lo), U.add(a.hi, b.hi)), EMPTY),
    sub: binary((a, b) => make(L.sub(a.lo, b.hi), U.sub(a.hi, b.lo)), EMPTY),
    mul: binary(
      (a, b) =>
        corners(
          a,
          b,
          (x, y) => outOfRange(L.mul(x, y), x, y, 'lower'),
          (x, y) => outOfRange(U.mul(x, y), x, y, 'upper'),
        ),
      EMPTY,
    ),
    div: binary((a, b) => {
      if (isExactZero(b)) return EMPTY;
      if (b.lo.lte(0) && b.hi.gte(0)) return whole();
      return corners(
        a,
        b,
        (x, y) => outOfRange(L.div(x, y), x, y, 'lower'),
        (x, y) => outOfRange(U.div(x, y), x, y, 'upper'),
      );
    }, EMPTY),
    neg: unary((a) => make(a.hi.neg(), a.lo.neg())),
    abs: unary((a) => {
      if (a.lo.gte(0)) return a;
      if (a.hi.lte(0)) return make(a.hi.neg(), a.lo.neg());
      return make(new L(0), U.max(a.lo.neg(), a.hi));
    }),
    exp: unary((a) => {
      const [lo, hi] = [new L(LT.exp(a.lo)), new U(UT.exp(a.hi))];
      return make(nonNegative(a.lo.isFinite() ? downPositive(lo) : lo), a.hi.isFinite() ? upPositive(hi) : hi);
    }),
    ln: unary((a) => {
      if (a.lo.isNegative()) return make(new L(NaN), new U(NaN));
      const lo = a.lo.isZero() ? new L(-Infinity) : down(new L(LT.ln(a.lo)));
      const hi = a.hi.isZero() ? new U(-Infinity) : up(new U(UT.ln(a.hi)));
      return make(lo, hi);
    }),
    pow: binary((a, b) => {
      if (a.lo.isNegative()) return make(new L(NaN), new U(NaN));
      // x^y is monotone in each argument separately on x ≥ 0, so the extremes sit at corners; for
      // y ≥ 0 and x on one side of 1 (probabilities!) the two extreme corners are known in advance.
      const finite = (x: Decimal, y: Decimal) => !x.isZero() && x.isFinite() && y.isFinite();
      const lower = (x: Decimal, y: Decimal) => {
        const r = decimalPow(L, x, y);
        return nonNegative(finite(x, y) ? downPositive(r) : down(r));
      };
      const upper = (x: Decimal, y: Decimal) => {
        const r = decimalPow(U, x, y);
        return finite(x, y) ? upPositive(r) : up(r);
      };
      if (b.lo.gte(0) && a.hi.lte(1)) return make(lower(a.lo, b.hi), upper(a.hi, b.lo));
      if (b.lo.gte(0) && a.lo.gte(1)) return make(lower(a.lo, b.lo), upper(a.hi, b.hi));
      const r = corners(a, b, lower, upper);
      return make(nonNegative(r.lo), r.hi);
    }, EMPTY),
    min: binary((a, b) => make(L.min(a.lo, b.lo), U.min(a.hi, b.hi)), EMPTY),
    max: binary((a, b) => make(L.max(a.lo, b.lo), U.max(a.hi, b.hi)), EMPTY),
    sum: (xs) =>
      xs.some(isEmpty)
        ? EMPTY
        : xs.reduce<Interval>((s, x) => make(L.add(s.lo, x.lo), U.add(s.hi, x.hi)), point(new L(0), new U(0))),
    hull: binary((a, b) => make(L.min(a.lo, b.lo), U.max(a.hi, b.hi)), EMPTY),
    lt: binary((a, b) => (a.hi.lt(b.lo) ? true : a.lo.gte(b.hi) ? false : undefined), undefined),
    le: binary((a, b) => (a.hi.lte(b.lo) ? true : a.lo.gt(b.hi) ? false : undefined), undefined),
    isEmpty,
    isFinite: (a) => a.lo.isFinite() && a.hi.isFinite(),
    bounds: (a) => [a.lo.toString(), a.hi.toString()],
    toNumber: (a) => (a.lo.isFinite() && a.hi.isFinite() ? a.lo.plus(a.hi).div(2).toNumber() : a.lo.plus(a.hi).toNumber()),
  };
}
