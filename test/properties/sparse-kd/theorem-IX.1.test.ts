import { describe, expect, it } from 'vitest';
import { decideStatement } from '../../../engine/decide.js';
import { pointwise } from '../../../engine/pointwise.js';
import { symbolicIdentity } from '../../../engine/statement/symbolic.js';
import { universalStatement } from '../../../engine/statement/universal.js';
import { freeConstantC } from '../../../properties/sparse-kd/models/convergence.js';
import { theoremIX1, theoremIX1WholeStages } from '../../../properties/sparse-kd/claims/theorem-IX.1.js';
import { audit } from './run-statement.js';
import { RUN } from './run-statement.js';

describe('Theorem IX.1 (unified framework convergence)', () => {
  it('the bound (21) is unfalsifiable (free C); the n* optimisation is proved step by step; the per-stage O(1/n) is refuted', () => {
    const r = audit(theoremIX1);
    expect(r.verdict).toBe('unfalsifiable');
    expect(r.evidence.summary).toMatch(/free constant: C/);
    expect(r.obligations.map((o) => o.verdict)).toEqual(['refuted', 'proved', 'proved', 'proved', 'proved']);
  });

  it('with C fixed to 0, observed losses refute (21), exactly', () => {
    expect(decideStatement(freeConstantC(RUN, '0'))).toEqual({ verdict: 'refuted', certified: true });
  });

  it('a wrong optimal value (s·ε_tune instead of 2·s·ε_tune) is refuted by the same symbolic step', () => {
    const outcome = symbolicIdentity('C*L*r/s + s*(C*L*r/s^2)', 's*(C*L*r/s^2)', ['C', 'L', 'r', 's']);
    expect(decideStatement(outcome).verdict).toBe('refuted');
  });

  it('optimised over whole n: O(√(ε_tune·L·ρ)) with constant 3 is conditional on ε_tune ≤ C·L·ρ', () => {
    const r = audit(theoremIX1WholeStages);
    expect(r.verdict).toBe('conditional');
    expect(r.certified).toBe(true);
    expect(r.assumptionsNeeded).toEqual(['ε_tune ≤ C·L·ρ']);
  });

  it('the whole-n optimum within 2√(C·L·ρ·ε_tune) + ε_tune holds for every ε_tune (the corrected bound)', () => {
    const [check] = theoremIX1WholeStages.checks!;
    const p = (check as any).pointwise;
    const corrected = universalStatement(
      theoremIX1WholeStages,
      pointwise({
        ...p,
        margin: (N: any, s: unknown, x: any) =>
          N.add(p.margin(N, s, x), N.sub(N.of(x.eps), N.pow(N.mul(N.of(x.K), N.of(x.eps)), N.of('0.5')))),
      }),
    );
    expect(audit(corrected).verdict).toBe('holds');
  });
});
