import { describe, expect, it } from 'vitest';
import * as fc from 'fast-check';
import { Decimal } from 'decimal.js';
import { decimalNum, exactDecimalOfDouble, float64, intervalNum, type Num } from '../../engine/num/index.js';
import { probabilities } from '../../engine/instance/weights.js';

/** One formula, written once, exercising every operation of Num. */
function formula<V>(N: Num<V>, a: V, b: V): V {
  const x = N.div(N.add(N.mul(a, b), N.exp(N.neg(a))), N.add(b, N.of(1)));
  return N.sub(N.pow(N.abs(x), N.ln(N.add(b, N.of(2)))), N.max(N.min(a, b), N.of('0.1')));
}

const positive = fc.integer({ min: 1, max: 10_000 }).map((n) => String(n / 1000));

describe('three arithmetics, one formula', () => {
  it('float64, decimal and interval agree, and the interval encloses the 120-digit value', () => {
    const D = decimalNum(40);
    const I = intervalNum(40);
    const precise = decimalNum(120);
    fc.assert(
      fc.property(positive, positive, (a, b) => {
        const f = formula(float64, Number(a), Number(b));
        const d = formula(D, D.of(a), D.of(b)).toNumber();
        const [lo, hi] = I.bounds(formula(I, I.of(a), I.of(b)));
        const exact = formula(precise, precise.of(a), precise.of(b));
        expect(Math.abs(f - d)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(d)));
        expect(exact.gte(lo) && exact.lte(hi)).toBe(true);
        expect(new Decimal(hi).minus(lo).abs().lt(1e-30)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('intervals enclose constants known to many digits', () => {
    const I = intervalNum(30);
    const e = '2.71828182845904523536028747135266249775724709369995';
    const ln2 = '0.69314718055994530941723212145817656807550013436025';
    const sqrt2 = '1.41421356237309504880168872420969807856967187537694';
    const inside = (v: ReturnType<typeof I.of>, s: string) => v.lo.lte(s) && v.hi.gte(s);
    expect(inside(I.exp(I.of(1)), e)).toBe(true);
    expect(inside(I.ln(I.of(2)), ln2)).toBe(true);
    expect(inside(I.pow(I.of(2), I.of('0.5')), sqrt2)).toBe(true);
    expect(inside(I.ratio('1', '3'), '0.33333333333333333333333333333333333')).toBe(true);
  });

  it('comparisons in intervals answer undefined when they cannot decide', () => {
    const I = intervalNum(20);
    const third = I.ratio('1', '3');
    expect(I.lt(third, I.of('0.34'))).toBe(true);
    expect(I.lt(I.of('0.34'), third)).toBe(false);
    expect(I.lt(third, I.ratio('2', '6'))).toBeUndefined();
  });

  it('0^y = 0 for tiny positive y in every arithmetic (decimal.js alone answers 1)', () => {
    expect(float64.pow(0, 1e-300)).toBe(0);
    for (const N of [decimalNum(50), intervalNum(50)] as Num<unknown>[]) {
      expect(N.toNumber(N.pow(N.of(0), N.of('1e-1000')))).toBe(0);
      expect(N.toNumber(N.pow(N.of('0.5'), N.of(2)))).toBe(0.25);
    }
  });

  it('results beyond the exponent range keep a sound enclosure: a positive value never gets the upper bound 0', () => {
    const I = intervalNum(50);
    const positive = (x: ReturnType<typeof I.of>) => {
      const [lo, hi] = I.bounds(x).map((b) => new Decimal(b));
      return lo.gte(0) && hi.gt(0);
    };
    expect(positive(I.pow(I.of('0.5'), I.of('1e20')))).toBe(true);
    expect(positive(I.exp(I.of('-1e20')))).toBe(true);
    const tiny = I.pow(I.of('0.5'), I.of('1e16'));
    expect(positive(I.mul(tiny, tiny))).toBe(true);
    expect(positive(I.div(tiny, I.of('1e10')))).toBe(true);
    expect(new Decimal(I.bounds(I.pow(I.of('2'), I.of('1e20')))[0]).isFinite()).toBe(true);
  });

  it('logarithms and powers beyond the 1025 digits decimal.js keeps of ln 10 still enclose the value', () => {
    const I = intervalNum(1100);
    const [lo, hi] = I.bounds(I.ln(I.of('0.5'))).map((b) => new Decimal(b));
    // decimal.js's own ln at 1000 digits, correct to within 1e-999
    const lnHalf = Decimal.clone({ precision: 1000 }).ln('0.5');
    expect(lo.lte(lnHalf.plus('1e-998')) && hi.gte(lnHalf.minus('1e-998'))).toBe(true);
    expect(hi.minus(lo).lt('1e-990')).toBe(true);
    // a base near 1 raised to 10^1000 keeps all 1100 digits: (1 + 10^-1050)^(10^1000) ≈ 1 + 10^-50
    const [plo, phi] = I.bounds(I.pow(I.add(I.of(1), I.of('1e-1050')), I.of('1e1000'))).map((b) => new Decimal(b).minus(1));
    expect(plo.gt('0.99e-50') && phi.lt('1.01e-50')).toBe(true);
    expect(new Decimal(decimalNum(1100).ln(new Decimal('1e1000')).toString()).gt(2302)).toBe(true);
  });

  it('exactDecimalOfDouble gives the exact binary value', () => {
    expect(exactDecimalOfDouble(0.1)).toBe('0.1000000000000000055511151231257827021181583404541015625');
    expect(exactDecimalOfDouble(3)).toBe('3');
    expect(exactDecimalOfDouble(-0.5)).toBe('-0.5');
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        expect(new Decimal(exactDecimalOfDouble(x)).toNumber()).toBe(x);
      }),
    );
  });
});

describe('points of the simplex from exact weights', () => {
  it('reads tiny masses exactly in every arithmetic, including float64, where they are subnormal or 0', () => {
    for (const N of [float64, decimalNum(30), intervalNum(30)] as Num<unknown>[]) {
      expect(probabilities(N, ['1e-327', '0']).map((x) => N.toNumber(x))).toEqual([1, 0]);
      expect(probabilities(N, ['1', '3']).map((x) => N.toNumber(x))).toEqual([0.25, 0.75]);
    }
  });
});
