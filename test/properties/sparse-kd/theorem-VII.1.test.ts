import { describe, expect, it } from 'vitest';
import { pointwise } from '../../../engine/pointwise.js';
import { universalStatement } from '../../../engine/statement/universal.js';
import { noiseIndependentOfStudent, terms, zeroMeanNoise } from '../../../properties/sparse-kd/models/bias-variance.js';
import { polynomialIdentity } from '../../../engine/statement/polynomial-identity.js';
import { theoremVII1AsTyped, theoremVII1NoisyTarget } from '../../../properties/sparse-kd/claims/theorem-VII.1.js';
import { audit } from './run-statement.js';

/** The claim with its check's margin replaced (same domain, same candidates), without obligations. */
function withMargin(margin: (N: any, x: any) => unknown) {
  const [check] = theoremVII1NoisyTarget.checks! as any[];
  return universalStatement(
    { ...theoremVII1NoisyTarget, obligations: [] },
    pointwise({ ...check.pointwise, margin: (N: any, _s: unknown, x: any) => margin(N, x) }),
    [zeroMeanNoise, noiseIndependentOfStudent],
  );
}

describe('Theorem VII.1 (bias-variance decomposition)', () => {
  it('against noisy targets: refuted as stated, certified; holds under zero-mean noise independent of S; the steps as expected', () => {
    const r = audit(theoremVII1NoisyTarget);
    expect(r.verdict).toBe('conditional');
    expect(r.certified).toBe(true);
    expect(r.assumptionsNeeded).toEqual(['zero-mean noise', 'noise independent of S']);
    expect(r.candidatesTried).toEqual([
      ['zero-mean noise'],
      ['noise independent of S'],
      ['zero-mean noise', 'noise independent of S'],
    ]);
    // expansion and bias cross term proved; noise cross term needs the candidates; "F_T only in the bias" fails for a trained student
    expect(r.obligations.map((o) => o.verdict)).toEqual(['proved', 'proved', 'conditional', 'proved', 'refuted']);
  });

  it('as typed (loss against q itself): holds only when σ² = 0', () => {
    const r = audit(theoremVII1AsTyped);
    expect(r.verdict).toBe('conditional');
    expect(r.assumptionsNeeded).toEqual(['σ² = 0']);
  });

  it('a decomposition without the variance term is refuted even under both candidates', () => {
    const r = audit(
      withMargin((N, x) => {
        const t = terms(N, x, 'student');
        return N.neg(N.abs(N.sub(t.loss, N.add(t.bias2, t.sigma2))));
      }),
    );
    expect(r.verdict).toBe('refuted');
    expect(r.certified).toBe(true);
  });

  it('corrected with the cross term −2E⟨S − q, ε⟩, it holds with no added assumption', () => {
    const r = audit(
      withMargin((N, x) => {
        const t = terms(N, x, 'student');
        const cross = N.sub(N.add(t.clean, t.sigma2), t.loss); // = 2E⟨S − q, ε⟩
        return N.neg(N.abs(N.sub(t.loss, N.sub(N.sum([t.bias2, t.variance, t.sigma2]), cross))));
      }),
    );
    expect(r.verdict).toBe('holds');
  });

  it('the grid proof refutes an expansion that drops the noise cross term, at an exact point', () => {
    const o = polynomialIdentity('(s-q-e)^2', '(m-q)^2+(s-m)^2+e^2+2*(s-m)*(m-q)', ['s', 'q', 'e', 'm']);
    // −2(s − q)e is missing: at s = 1, q = 0, e = 1, m = 0 the difference is −2
    expect(o.kind === 'derived' ? o.counterexample?.certificate.lo : undefined).toBe('-2');
  });
});
