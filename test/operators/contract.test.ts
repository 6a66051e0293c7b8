import { describe, expect, it } from 'vitest';
import * as fc from 'fast-check';
import { Decimal } from 'decimal.js';
import { probabilities } from '../../engine/instance/weights.js';
import { decimalNum, float64, intervalNum } from '../../engine/num/index.js';
import { softeningOperators } from '../../operators/softening/index.js';

const weights = fc
  .array(fc.oneof(fc.constant('0'), fc.integer({ min: 1, max: 50 }).map(String)), { minLength: 2, maxLength: 6 })
  .filter((w) => w.some((x) => x !== '0'));
const temperature = fc.constantFrom('0.5', '1', '2', '3.7', '10');

/** Every operator of the registry passes the same contract: one formula, three arithmetics. */
describe.each(softeningOperators.map((op) => [op.name, op] as const))('%s', (_, op) => {
  it('float64 agrees with decimal, and returns a fresh array of length V without touching p', () => {
    const D = decimalNum(40);
    fc.assert(
      fc.property(weights, temperature, (w, T) => {
        const p = probabilities(float64, w);
        const before = [...p];
        const f = op.apply(float64, p, Number(T));
        const d = op.apply(D, probabilities(D, w), D.of(T)).map((x) => x.toNumber());
        expect(p).toEqual(before);
        expect(f).toHaveLength(w.length);
        f.forEach((x, i) => expect(Math.abs(x - d[i])).toBeLessThanOrEqual(1e-9));
      }),
      { numRuns: 60 },
    );
  });
});

const generic = softeningOperators.filter((op) => op.exactness === 'generic');
describe.each(generic.map((op) => [op.name, op] as const))('%s (generic formula)', (_, op) => {
  it('the interval result encloses the 100-digit decimal result', () => {
    const I = intervalNum(40);
    const precise = decimalNum(100);
    fc.assert(
      fc.property(weights, temperature, (w, T) => {
        const enclosure = op.apply(I, probabilities(I, w), I.of(T));
        const exact = op.apply(precise, probabilities(precise, w), precise.of(T));
        exact.forEach((x, i) => {
          const [lo, hi] = I.bounds(enclosure[i]);
          expect(x.gte(lo) && x.lte(hi)).toBe(true);
          expect(new Decimal(hi).minus(lo).lt('1e-30')).toBe(true);
        });
      }),
      { numRuns: 40 },
    );
  });
});

describe('known values', () => {
  const D = decimalNum(30);
  const at = (name: string, w: string[], T: string) =>
    softeningOperators
      .find((op) => op.name === name)!
      .apply(D, probabilities(D, w), D.of(T))
      .map((x) => x.toSignificantDigits(15).toString());

  it('power at T = 2 on (1/4, 3/4) is (1, √3)/(1 + √3)', () => {
    expect(at('power', ['1', '3'], '2')).toEqual(['0.366025403784439', '0.633974596215561']);
  });
  it('clamped mixing returns p for T < 1; extrapolated mixing leaves the simplex there', () => {
    expect(at('convex-mixing/clamped', ['9', '1'], '0.5')).toEqual(['0.9', '0.1']);
    expect(at('convex-mixing/extrapolated', ['9', '1'], '0.5')).toEqual(['1.3', '-0.3']);
  });
  it('exp(x/T) at T = 1 is softmax(p), not p', () => {
    expect(at('power-class/exp(x/T)', ['1', '3'], '1')).toEqual(['0.377540668798145', '0.622459331201855']);
  });
  it('entropy projection meets tiny entropy targets in float64 (T = 1e-256), where sign tests by products underflow', () => {
    const op = softeningOperators.find((o) => o.name === 'entropy-projection')!;
    const q = op.apply(float64, [1 / 6, 2 / 6, 3 / 6], 1e-256);
    expect(q[2]).toBe(1);
    expect(q[1]).toBeGreaterThan(0);
    expect(q[1]).toBeLessThan(1e-250);
  });
  it('entropy projection is the identity at T = 1', () => {
    expect(at('entropy-projection', ['1', '2', '5'], '1')).toEqual(['0.125', '0.25', '0.625']);
  });
});
