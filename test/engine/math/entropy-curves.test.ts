import { describe, expect, it } from 'vitest';
import { aggregationCurves, softeningCurves } from '../../../engine/math/entropy-curves.js';
import { findAggregationOperator } from '../../../operators/aggregation/index.js';
import { findSofteningOperator } from '../../../operators/softening/index.js';

const entropies = (points: Array<[number, number | null]>) => points.map(([, h]) => h);

describe('entropy curves for the HTML report', () => {
  it('power: rising in T, reaching Axiom 5’s limits except at the zeros it keeps', () => {
    const [interior, zeros, ties] = softeningCurves(findSofteningOperator('power')!);
    expect([interior.label, zeros.label, ties.label]).toEqual(['interior', 'with zeros', 'with ties']);
    expect(interior.input).toEqual({ p: ['2/5', '3/10', '1/5', '1/10'] });
    const h = entropies(interior.points) as number[];
    expect(h.every((x, i) => i === 0 || x >= h[i - 1])).toBe(true);
    expect(interior.points[0][0]).toBe(0.001);
    expect(interior.points.at(-1)![0]).toBe(1000);
    expect(h[0]).toBeCloseTo(interior.limits.zero, 6);
    expect(h.at(-1)).toBeCloseTo(interior.limits.infinity, 3);
    expect(ties.limits.zero).toBeCloseTo(Math.log(2), 12);
    expect(entropies(ties.points)[0]).toBeCloseTo(Math.log(2), 6);
    // p^(1/T) keeps zeros at 0: the entropy tends to ln 2, not the ln 4 the axiom asks for
    expect(zeros.points.at(-1)![1]).toBeCloseTo(Math.log(2), 3);
    expect(zeros.limits.infinity).toBeCloseTo(Math.log(4), 12);
  });

  it('leaves a gap where the output is not a probability vector', () => {
    // α(T) = 1/T > 1 below T = 1 extrapolates past the simplex
    const [interior] = softeningCurves(findSofteningOperator('convex-mixing/extrapolated')!);
    const gaps = interior.points.filter(([T, h]) => h === null && T < 1);
    expect(gaps.length).toBeGreaterThan(0);
    expect(interior.points.filter(([T, h]) => h === null && T >= 1)).toEqual([]);
  });

  it('aggregation: limits of B5’s reference, the power transform of A(p; w, 1)', () => {
    const curves = aggregationCurves(findAggregationOperator('linear-pool/aggregate-then-soften')!);
    expect(curves.map((c) => Object.keys(c.input))).toEqual([
      ['p1', 'p2', 'w'],
      ['p1', 'p2', 'w'],
      ['p1', 'p2', 'w'],
    ]);
    for (const c of curves) {
      expect(c.points[0][1]).toBeCloseTo(c.limits.zero, 6);
      expect(c.points.at(-1)![1]).toBeCloseTo(c.limits.infinity, 3);
    }
  });
});
