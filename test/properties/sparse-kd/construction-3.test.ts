import { describe, expect, it } from 'vitest';
import { universalStatement } from '../../../engine/statement/universal.js';
import { convexMixingClamped } from '../../../operators/softening/convex-mixing.js';
import { conformanceCandidates, conformanceCheck } from '../../../properties/sparse-kd/models/conformance.js';
import {
  alphaConditions,
  construction3,
  construction3Clamped,
  construction3Extrapolated,
} from '../../../properties/sparse-kd/claims/construction-3.js';
import { audit } from './run-statement.js';
import { rescaled } from './rescaled.js';

describe('Construction 3 (convex mixing)', () => {
  it('as stated is vacuous: α(1/2) > α(1) = 1 contradicts α ≤ 1, computed exactly', () => {
    const r = audit(construction3);
    expect(r.verdict).toBe('vacuous');
    expect(r.evidence.summary).toContain('α(1/2) > α(1) ≥ 1');
  });

  it('the same propagation finds the conditions meetable when the codomain is widened to [0, 2]', () => {
    expect(alphaConditions('2').kind).toBe('derived');
  });

  it('read with α > 1 for T < 1, or with α clamped to 1, it holds for T ≥ 1 only', () => {
    for (const claim of [construction3Extrapolated, construction3Clamped]) {
      const r = audit(claim);
      expect(r.verdict).toBe('conditional');
      expect(r.assumptionsNeeded).toEqual(['T ≥ 1']);
    }
  });

  it('clamped mixing at 2T (A4 broken) is refuted under every candidate set', () => {
    const r = audit(
      universalStatement(
        construction3Clamped,
        conformanceCheck({ id: construction3Clamped.id, operators: [rescaled(convexMixingClamped, '2')], runs: 100 }),
        conformanceCandidates,
      ),
    );
    expect(r.verdict).toBe('refuted');
  });
});
