import { describe, expect, it } from 'vitest';
import { pointwise } from '../../../engine/pointwise.js';
import { universalStatement } from '../../../engine/statement/universal.js';
import {
  denseUnbiased,
  noiseIndependentOfModels,
  terms,
  zeroMeanNoise,
} from '../../../properties/sparse-kd/models/bias-variance.js';
import {
  theoremVII3Converse,
  theoremVII3FixedTeacher,
  theoremVII3Sufficiency,
} from '../../../properties/sparse-kd/claims/theorem-VII.3.js';
import { audit } from './run-statement.js';

const noise = [zeroMeanNoise, noiseIndependentOfModels];

/** The converse's check with another conclusion (same premise "S outperforms T", same domain). */
function converseConcluding(conclusion: (N: any, S: any, T: any) => unknown, candidates = [...noise, denseUnbiased]) {
  const [check] = theoremVII3Converse.checks! as any[];
  const margin = (N: any, _s: unknown, x: any) => {
    const [S, T] = [terms(N, x, 'student'), terms(N, x, 'dense')];
    return N.lt(N.of(0), N.sub(T.loss, S.loss)) === true ? conclusion(N, S, T) : N.of(1);
  };
  return universalStatement(theoremVII3Converse, pointwise({ ...check.pointwise, margin }), candidates);
}

describe('Theorem VII.3 (sparse student optimality condition)', () => {
  it('ΔVar > ΔBias² ⇒ S outperforms T: needs zero-mean noise independent of both models, not Bias²(T) = 0', () => {
    const r = audit(theoremVII3Sufficiency);
    expect(r.verdict).toBe('conditional');
    expect(r.certified).toBe(true);
    expect(r.assumptionsNeeded).toEqual(['zero-mean noise', 'noise independent of S and T']);
    // (13) ⇔ (14) needs the noise assumptions, (14) ⇒ (15) needs Bias²(T) = 0, (15) ⇔ (16) is a rearrangement
    expect(r.obligations.map((o) => o.verdict)).toEqual(['conditional', 'conditional', 'proved']);
    expect(r.obligations[0].evidence.summary).toContain('Under {zero-mean noise, noise independent of S and T}');
    expect(r.obligations[1].evidence.summary).toContain('Under {Bias²(T) = 0}');
  });

  it('the converse needs Bias²(T) = 0 besides the noise assumptions', () => {
    const r = audit(theoremVII3Converse);
    expect(r.verdict).toBe('conditional');
    expect(r.assumptionsNeeded).toEqual(['zero-mean noise', 'noise independent of S and T', 'Bias²(T) = 0']);
  });

  it('corrected with the teacher bias, ΔVar > Bias²(S) − Bias²(T), the converse needs only the noise assumptions', () => {
    const r = audit(converseConcluding((N, S, T) => N.sub(N.sub(T.variance, S.variance), N.sub(S.bias2, T.bias2)), noise));
    expect(r.verdict).toBe('conditional');
    expect(r.assumptionsNeeded).toEqual(['zero-mean noise', 'noise independent of S and T']);
  });

  it('a reversed condition (ΔVar < ΔBias² whenever S wins) is refuted under every candidate set', () => {
    const r = audit(converseConcluding((N, S, T) => N.sub(S.bias2, N.sub(T.variance, S.variance))));
    expect(r.verdict).toBe('refuted');
    expect(r.certified).toBe(true);
  });

  it('with the fixed teacher of Theorem VII.1 (Var(T) = 0) the condition cannot be met: vacuous', () => {
    expect(audit(theoremVII3FixedTeacher).verdict).toBe('vacuous');
  });
});
