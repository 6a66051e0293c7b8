import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { B2AllPositive } from '../../axioms/aggregation/b2-positivity.js';
import { A1 } from '../../axioms/softening/a1-ranking.js';
import { DEFAULT_CONTEXT } from '../../engine/context.js';
import { float64 } from '../../engine/num/index.js';
import type { AggregationOperator } from '../../engine/operators/aggregation.js';
import type { SofteningOperator } from '../../engine/operators/softening.js';
import { asOperator, floatOnly } from '../fixtures/in-process.js';
import { run } from './run.js';

/**
 * Strict claims (A1: p_i > p_j ⇒ F_i > F_j; B2: A_i > 0) are refuted by an exact tie or zero. User
 * code rounds (applyExact at any precision, float64 always), so its ties refute where the instance
 * is well conditioned (masses ≥ 2^-30 a ratio ≥ 1 + 2^-20 apart, 1/16 ≤ T ≤ 16), and only there.
 */
const roundTo = (digits: number) => (x: number) => Math.round(x * 10 ** digits) / 10 ** digits;

/** Softening that rounds p to one decimal, then normalises: distinct probabilities tie (a defect of A1 only where they round together). */
const roundsToTenths = {
  kind: 'softening' as const,
  name: 'rounds-to-tenths',
  apply(p: number[]) {
    const q = p.map(roundTo(1));
    const s = q.reduce((a, b) => a + b, 0);
    return q.map((x) => x / s);
  },
  applyExact(p: Decimal[], _T: Decimal, D: typeof Decimal) {
    const q = p.map((x) => x.toDecimalPlaces(1, Decimal.ROUND_HALF_UP));
    const s = q.reduce((a, b) => a.plus(b), new D(0));
    return q.map((x) => x.div(s));
  },
};

/** Power softening p^(1/T), normalised: correct, but distinct values underflow to 0 at small T, and differ by 1e-100 at some inputs. */
const power = {
  kind: 'softening' as const,
  name: 'power',
  apply(p: number[], T: number) {
    const top = Math.max(...p);
    const q = p.map((x) => (x / top) ** (1 / T));
    const s = q.reduce((a, b) => a + b, 0);
    return q.map((x) => x / s);
  },
  applyExact(p: Decimal[], T: Decimal, D: typeof Decimal) {
    const top = D.max(...p);
    const q = p.map((x) => (x.isZero() ? new D(0) : x.div(top).pow(new D(1).div(T))));
    const s = q.reduce((a, b) => a.plus(b), new D(0));
    return q.map((x) => x.div(s));
  },
};

/** The linear pool, with coordinates below 1/20 set to exactly 0 and the rest renormalised: B2 fails there. */
const zeroesSmall = {
  kind: 'aggregation' as const,
  name: 'zeroes-small',
  apply(teachers: number[][], w: number[]) {
    const a = teachers[0].map((_, i) => teachers.reduce((s, t, k) => s + w[k] * t[i], 0)).map((x) => (x < 0.05 ? 0 : x));
    const s = a.reduce((x, y) => x + y, 0);
    return a.map((x) => x / s);
  },
  applyExact(teachers: Decimal[][], w: Decimal[], _T: Decimal, D: typeof Decimal) {
    const a = teachers[0]
      .map((_, i) => teachers.reduce((s, t, k) => s.plus(w[k].times(t[i])), new D(0)))
      .map((x) => (x.lt(0.05) ? new D(0) : x));
    const s = a.reduce((x, y) => x.plus(y), new D(0));
    return a.map((x) => x.div(s));
  },
};

const tie = { w: ['42', '38', '20'], T: '1' };

describe('strict claims on user code', () => {
  it.each([roundsToTenths, floatOnly(roundsToTenths)])(
    'an exact tie between well-separated probabilities refutes A1 ($name)',
    (plugin) => {
      const c = A1.certify(softening(plugin), tie, DEFAULT_CONTEXT);
      expect(c?.kind).toBe('applyExact' in plugin ? 'decimal-agreement' : 'float-output');
      // applyExact's decimals tie exactly; float64 outputs are enclosed within 2^-40, the tie judged on the doubles
      if ('applyExact' in plugin) expect([c?.lo, c?.hi]).toEqual(['0', '0']);
      else expect(Number(c?.lo)).toBeLessThanOrEqual(0);
      expect(c?.explanation).toMatch(/well conditioned/);
    },
  );

  it.each([roundsToTenths, floatOnly(roundsToTenths)])('the search finds such a tie and certifies it ($name)', (plugin) => {
    const r = run(A1, softening(plugin));
    expect(r.verdict).toBe('refuted');
    expect(r.certified).toBe(true);
  });

  it.each([zeroesSmall, floatOnly(zeroesSmall)])('an exact zero where every teacher is positive refutes B2 ($name)', (plugin) => {
    const x = {
      teachers: [
        ['1', '30'],
        ['1', '30'],
      ],
      w: ['1', '1'],
      T: '1',
    };
    const c = B2AllPositive.certify(asOperator(plugin) as AggregationOperator, x, DEFAULT_CONTEXT);
    expect(c?.hi).toBe('0');
  });

  it('a tie that is underflow (T = 1/2000: F_2 and F_3 both 0 in float64) refutes nothing', () => {
    const x = { w: ['6', '3', '1'], T: '0.0005' };
    const op = softening(floatOnly(power));
    expect(op.apply(float64, [0.6, 0.3, 0.1], 0.0005).slice(1)).toEqual([0, 0]);
    expect(A1.certify(op, x, DEFAULT_CONTEXT)).toBeUndefined();
  });

  it('a gap of 1e-102, zero at 50 and at 100 digits of applyExact, refutes nothing (masses 1e-300 apart from 0)', () => {
    const x = { w: ['1e-300', '0', '843'], T: '3' };
    expect(A1.certify(softening(power), x, DEFAULT_CONTEXT)).toBeUndefined();
  });

  it('correct power softening is not refuted on A1 by the search, float-only or exact', () => {
    for (const plugin of [power, floatOnly(power)]) expect(run(A1, softening(plugin)).verdict).not.toBe('refuted');
  });
});

function softening(plugin: Parameters<typeof asOperator>[0]): SofteningOperator {
  return asOperator(plugin) as SofteningOperator;
}
