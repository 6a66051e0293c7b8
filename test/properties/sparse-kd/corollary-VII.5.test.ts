import { describe, expect, it } from 'vitest';
import { pointwise } from '../../../engine/pointwise.js';
import { noiseIndependentOfModels, terms, zeroMeanNoise } from '../../../properties/sparse-kd/models/bias-variance.js';
import {
  biasBoundedBy,
  corollaryVII5BiasBounded,
  corollaryVII5PruningReducesVariance,
  corollaryVII5SparseCanWin,
  sparseWins,
} from '../../../properties/sparse-kd/claims/corollary-VII.5.js';
import { witnessStatement } from '../../../properties/sparse-kd/models/witness.js';
import { audit } from './run-statement.js';

describe('Corollary VII.5 (pruning as regularization)', () => {
  it('"pruning reduces variance" has no precise content', () => {
    expect(audit(corollaryVII5PruningReducesVariance).verdict).toBe('unfalsifiable');
  });

  it('"bias remains bounded" names no bound: unfalsifiable, and the bound 2 is never exceeded', () => {
    const r = audit(corollaryVII5BiasBounded);
    expect(r.verdict).toBe('unfalsifiable');
    expect(r.evidence.exact).toBeGreaterThan(50);
  });

  it('a bound of 1/4 is refuted, certified', () => {
    const r = audit(biasBoundedBy('0.25'));
    expect(r.verdict).toBe('refuted');
    expect(r.certified).toBe(true);
  });

  it('a student with lower variance and higher bias can have the lower loss: proved by a certified witness', () => {
    const r = audit(corollaryVII5SparseCanWin);
    expect(r.verdict).toBe('proved');
    expect(r.counterexample?.certificate.kind).toBe('interval');
  });

  it('no witness of an impossible property (lower loss with higher Bias² + Var under zero-mean independent noise)', () => {
    const impossible = pointwise({
      ...(sparseWins as any).pointwise,
      margin: (N: any, _s: unknown, x: any) => {
        if (!zeroMeanNoise.holds(x) || !noiseIndependentOfModels.holds(x)) return N.of(1);
        const [S, T] = [terms(N, x, 'student'), terms(N, x, 'dense')];
        const higherError = N.sub(N.add(S.bias2, S.variance), N.add(T.bias2, T.variance));
        return N.neg(N.min(higherError, N.sub(T.loss, S.loss)));
      },
    });
    expect(audit(witnessStatement(corollaryVII5SparseCanWin, impossible as any, 'gap')).verdict).toBe('unfalsifiable');
  });
});
