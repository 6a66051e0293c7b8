import { describe, expect, it } from 'vitest';
import { pointwise } from '../../../engine/pointwise.js';
import { universalStatement } from '../../../engine/statement/universal.js';
import { noiseIndependentOfModels, terms, zeroMeanNoise } from '../../../properties/sparse-kd/models/bias-variance.js';
import { remarkVII4Form } from '../../../properties/sparse-kd/claims/remark-VII.4.js';
import { audit } from './run-statement.js';

describe('Remark VII.4 (operator independence)', () => {
  it('the comparison has the form ΔVar − ΔBias²_G for every operator G under zero-mean independent noise; Bias²(T) = 0 cannot hold for all G', () => {
    const r = audit(remarkVII4Form);
    expect(r.verdict).toBe('conditional');
    expect(r.assumptionsNeeded).toEqual(['zero-mean noise', 'noise independent of S and T']);
    expect(r.obligations.map((o) => o.verdict)).toEqual(['refuted']);
  });

  it('with the teacher bias under G dropped (ΔBias² = Bias²(S; G) − 0), the form is refuted under the same candidates', () => {
    const [check] = remarkVII4Form.checks! as any[];
    const margin = (N: any, _s: unknown, x: any) => {
      const [S, T] = [terms(N, x.model, 'student', x.other), terms(N, x.model, 'dense', x.other)];
      return N.neg(N.abs(N.sub(N.sub(T.loss, S.loss), N.sub(N.sub(T.variance, S.variance), S.bias2))));
    };
    const lifted = [zeroMeanNoise, noiseIndependentOfModels].map((a) => ({ ...a, holds: (x: any) => a.holds(x.model) }));
    const r = audit(
      universalStatement({ ...remarkVII4Form, obligations: [] }, pointwise({ ...check.pointwise, margin }), lifted),
    );
    expect(r.verdict).toBe('refuted');
    expect(r.certified).toBe(true);
  });
});
