import { describe, expect, it } from 'vitest';
import { decimalNum } from '../../engine/num/index.js';
import {
  biasHeterogeneous,
  biasWeightedL2,
  biasWeightedTV,
  biasWorstTeacher,
} from '../../properties/ensemble-kd/claims/bias-attenuation.js';
import type { ReferencedEnsemble } from '../../properties/ensemble-kd/models/reference-ensemble.js';
import { run } from '../axioms/run.js';
import * as F from '../fixtures/aggregation-operators.js';

/** Bias attenuation against a reference q*, each reading as a check. */
const all = [biasWeightedTV, biasWeightedL2, biasWorstTeacher, biasHeterogeneous].map((c) => [c.variant, c] as const);
const refuted = (r: ReturnType<typeof run>) => {
  expect(r.verdict).toBe('refuted');
  expect(r.certified).toBe(true);
  expect(Number(r.counterexample!.certificate.hi)).toBeLessThan(0);
  return r.counterexample!;
};

describe('bias attenuation', () => {
  it.each(all)('%s holds for the linear pool of softened teachers', (_, check) => {
    const r = run(check, F.softenedLinearPool);
    expect(r.verdict).toBe('holds');
    expect(r.evidence.screened).toBeGreaterThan(100);
  });

  it.each([biasWeightedTV, biasWeightedL2].map((c) => [c.variant, c] as const))(
    '%s is refuted for a pool that doubles teacher 1’s weight',
    (_, check) => {
      refuted(run(check, F.favoursFirstTeacher));
    },
  );

  it('worst-teacher-tv spares that pool (it stays in the teachers’ hull) but refutes mixing toward uniform', () => {
    expect(run(biasWorstTeacher, F.favoursFirstTeacher).verdict).toBe('holds');
    const c = refuted(run(biasWorstTeacher, F.mixedSoftenedLinearPool));
    // minimal: one teacher, unbiased (q* = p_1), and the aggregate moves away from it
    expect(c.instance['q* (reference)']).toEqual(c.instance.p1);
  });

  it('heterogeneous-tv is refuted for a pool that doubles teacher 1’s weight', () => {
    // (in TV the weighted reading over all q* forces the linear pool, so no operator breaks this one alone)
    refuted(run(biasHeterogeneous, F.favoursFirstTeacher));
  });

  it('the strict reading applies only where biases have opposite signs: the linear pool meets the weighted one with equality otherwise', () => {
    const D = decimalNum(40);
    const aligned: ReferencedEnsemble = {
      teachers: [
        ['1', '0'],
        ['3', '1'],
      ],
      w: ['1', '1'],
      T: '1',
      reference: ['1', '1'],
    };
    const opposite: ReferencedEnsemble = {
      ...aligned,
      teachers: [
        ['1', '0'],
        ['0', '1'],
      ],
    };
    expect(biasWeightedTV.pointwise.margin(D, F.softenedLinearPool, aligned).toNumber()).toBeCloseTo(0, 30);
    expect(biasHeterogeneous.pointwise.margin(D, F.softenedLinearPool, aligned).toNumber()).toBe(1);
    // biases ±1/2 at both coordinates: TV(A, q*) = 0 < 1/2
    expect(biasHeterogeneous.pointwise.margin(D, F.softenedLinearPool, opposite).toNumber()).toBeCloseTo(0.5, 30);
  });
});
