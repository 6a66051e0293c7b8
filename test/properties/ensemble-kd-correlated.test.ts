import { describe, expect, it } from 'vitest';
import { decimalNum } from '../../engine/num/index.js';
import { correlations, type CorrelatedEnsemble } from '../../properties/ensemble-kd/models/correlated-ensemble.js';
import {
  varianceCorrelatedClassical,
  varianceCorrelatedSingleTeacher,
} from '../../properties/ensemble-kd/claims/variance-reduction.js';
import { run } from '../axioms/run.js';
import * as F from '../fixtures/aggregation-operators.js';

/** Correlated-error variance reduction, exactly on a shared and independent two-point components. */
const half: CorrelatedEnsemble = {
  means: [
    ['1', '1'],
    ['1', '1'],
    ['1', '1'],
  ],
  shared: [
    ['1', '0'],
    ['0', '1'],
  ],
  own: [
    ['1', '0'],
    ['0', '1'],
  ],
  mix: ['0', '1', '1'],
};

describe('the correlated construction', () => {
  it('gives the exact pairwise correlation per coordinate', () => {
    expect(correlations(half)).toEqual(['1/2', '1/2']);
    expect(
      correlations({
        ...half,
        own: [
          ['1', '0'],
          ['1', '0'],
        ],
      }),
    ).toEqual(['1', '1']);
    expect(correlations({ ...half, mix: ['0', '1', '2'] })).toEqual(['1/5', '1/5']);
    expect(
      correlations({
        ...half,
        shared: [
          ['1', '0'],
          ['1', '0'],
        ],
        own: [
          ['1', '0'],
          ['1', '0'],
        ],
      }),
    ).toEqual(['—', '—']);
  });

  it('the linear pool meets the classical formula with equality: Var = ρσ² + (1 − ρ)σ²/K', () => {
    // σ² = (1/4 + 1/4)/4 = 1/8, ρ = 1/2, K = 3: the bound 1/16 + 1/48 = 1/12 is the linear pool's variance
    const D = decimalNum(40);
    expect(varianceCorrelatedClassical.pointwise.margin(D, F.linearPool, half).toNumber()).toBeCloseTo(0, 30);
    // one teacher alone: Var = σ² = 1/8, above 1/12 by 1/24
    expect(varianceCorrelatedClassical.pointwise.margin(D, F.firstTeacherOnly, half).toNumber()).toBeCloseTo(-1 / 24, 30);
    expect(varianceCorrelatedSingleTeacher.pointwise.margin(D, F.firstTeacherOnly, half).toNumber()).toBeCloseTo(0, 30);
  });
});

describe('variance reduction under correlated errors, as checks', () => {
  it.each([varianceCorrelatedClassical, varianceCorrelatedSingleTeacher].map((c) => [c.variant, c] as const))(
    '%s holds for the linear pool',
    (_, check) => {
      const r = run(check, F.linearPool);
      expect(r.verdict).toBe('holds');
      expect(r.evidence.screened).toBeGreaterThan(100);
    },
  );

  it('classical is refuted, certified, for a pool that favours teacher 1 at equal weights; single-teacher holds', () => {
    const r = run(varianceCorrelatedClassical, F.favoursFirstTeacher);
    expect(r.verdict).toBe('refuted');
    expect(r.certified).toBe(true);
    expect(Number(r.counterexample!.certificate.hi)).toBeLessThan(0);
    expect(run(varianceCorrelatedSingleTeacher, F.favoursFirstTeacher).verdict).toBe('holds');
  });

  it('single-teacher is refuted, certified, for an operator that sharpens teacher 1', () => {
    const r = run(varianceCorrelatedSingleTeacher, F.sharpensFirstTeacher);
    expect(r.verdict).toBe('refuted');
    expect(r.certified).toBe(true);
    expect(Number(r.counterexample!.certificate.hi)).toBeLessThan(0);
    // minimal: two coordinates, two teachers
    expect(r.counterexample!.size.slice(0, 2)).toEqual([2, 2]);
  });
});
