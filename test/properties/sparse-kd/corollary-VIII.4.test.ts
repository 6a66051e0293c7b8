import { describe, expect, it } from 'vitest';
import { pointwise } from '../../../engine/pointwise.js';
import { universalStatement } from '../../../engine/statement/universal.js';
import { decideStatement } from '../../../engine/decide.js';
import {
  corollaryVIII4Bound,
  corollaryVIII4Discontinuity,
  eightyPercentJump,
} from '../../../properties/sparse-kd/claims/corollary-VIII.4.js';
import { gradientDistance, l2, parameters } from '../../../properties/sparse-kd/models/networks.js';
import { asNetwork, stages } from '../../../properties/sparse-kd/models/pruning.js';
import { audit } from './run-statement.js';

describe('Corollary VIII.4 (one-shot pruning failure)', () => {
  it('the bound (20) is refuted, certified; its derivation from (19) needs c = 1, and the one-shot/n-stage contrast fails at the endpoint', () => {
    const r = audit(corollaryVIII4Bound);
    expect(r.verdict).toBe('refuted');
    expect(r.certified).toBe(true);
    expect(r.obligations.map((o) => o.verdict)).toEqual(['refuted', 'proved', 'refuted']);
    expect(r.obligations[1].evidence.summary).toMatch(/need not/);
    expect(r.obligations[2].counterexample!.certificate.lo).toBe('0');
  });

  it('the 80% witness fails for an ε above the largest jump (the witness check can fail)', () => {
    expect(decideStatement(eightyPercentJump('3')).verdict).toBe('unfalsifiable');
  });

  it('a corrected bound, ‖∇f_sparse − ∇f_dense‖ ≤ ‖θ_1 − θ_0‖₂ on linear maps, is not refuted', () => {
    const [check] = corollaryVIII4Bound.checks!;
    const corrected = universalStatement(
      { ...corollaryVIII4Bound, obligations: [] },
      pointwise({
        ...(check as any).pointwise,
        margin: (N: any, _s: unknown, x: any) => {
          const net = { ...asNetwork(x), kind: 'linear' as const };
          const [dense, sparse] = stages(parameters(net), x.M, 1);
          return N.sub(
            l2(
              N,
              dense.map((d: string, i: number) => N.sub(N.of(d), N.of(sparse[i]))),
            ),
            gradientDistance(N, net, sparse, dense),
          );
        },
      }),
    );
    expect(audit(corrected).verdict).toBe('holds');
  });

  it('"a discontinuous jump" is refuted by the continuous straight path, with its exact Lipschitz modulus', () => {
    const r = audit(corollaryVIII4Discontinuity);
    expect(r.verdict).toBe('refuted');
    const c = r.counterexample!;
    expect(c.certificate.lo).toBe(c.certificate.hi);
    expect(Number(c.certificate.lo)).toBeGreaterThan(0);
  });
});
