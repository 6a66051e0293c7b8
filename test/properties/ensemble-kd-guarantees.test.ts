import { describe, expect, it } from 'vitest';
import { jensenLogLoss, jensenSquared } from '../../properties/ensemble-kd/claims/jensen.js';
import { safetyWeighted, safetyWorstTeacher } from '../../properties/ensemble-kd/claims/safety-attenuation.js';
import { varianceAveraged, varianceClassical } from '../../properties/ensemble-kd/claims/variance-reduction.js';
import { run } from '../axioms/run.js';
import * as F from '../fixtures/aggregation-operators.js';

/** The guarantees tested as checks: the linear pool of softened teachers meets them all (convexity). */
const all = [jensenSquared, jensenLogLoss, safetyWeighted, safetyWorstTeacher].map((c) => [`${c.id}/${c.variant}`, c] as const);

describe('Ensemble-KD guarantees', () => {
  it.each(all)('%s holds for the linear pool of softened teachers', (_, check) => {
    expect(run(check, F.softenedLinearPool).verdict).toBe('holds');
  });

  it.each(all)('%s is refuted, certified, once 1e-3 of the mass is moved to uniform', (_, check) => {
    const r = run(check, F.mixedSoftenedLinearPool);
    expect(r.verdict).toBe('refuted');
    expect(r.certified).toBe(true);
  });

  it('the logarithmic pool meets the log-loss bound but not safety attenuation', () => {
    expect(run(jensenLogLoss, F.softenedLogPool).verdict).toBe('holds');
    const r = run(safetyWorstTeacher, F.softenedLogPool);
    expect(r.verdict).toBe('refuted');
    // the minimal counterexample names its unsafe set, and the aggregate puts more mass on it
    expect((r.counterexample!.instance['unsafe set S'] as string[]).length).toBeGreaterThan(0);
    expect(Number(r.counterexample!.certificate.hi)).toBeLessThan(0);
  });
});

describe('variance reduction under independent errors, exactly on two-point teachers', () => {
  it.each([varianceClassical, varianceAveraged].map((c) => [c.variant, c] as const))(
    '%s holds for the linear pool of softened teachers',
    (_, check) => {
      const r = run(check, F.softenedLinearPool);
      expect(r.verdict).toBe('holds');
      expect(r.evidence.screened).toBeGreaterThan(100);
    },
  );

  it.each([varianceClassical, varianceAveraged].map((c) => [c.variant, c] as const))(
    '%s is refuted for an operator that follows one teacher',
    (_, check) => {
      const r = run(check, F.firstTeacherOnly);
      expect(r.verdict).toBe('refuted');
      expect(Number(r.counterexample!.certificate.hi)).toBeLessThan(0);
    },
  );
});
