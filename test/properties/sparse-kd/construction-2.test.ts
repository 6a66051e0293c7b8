import { describe, expect, it } from 'vitest';
import { universalStatement } from '../../../engine/statement/universal.js';
import { power } from '../../../operators/softening/power.js';
import { conformanceCandidates, conformanceCheck } from '../../../properties/sparse-kd/models/conformance.js';
import { construction2, construction2Power } from '../../../properties/sparse-kd/claims/construction-2.js';
import { audit } from './run-statement.js';
import { rescaled } from './rescaled.js';

describe('Construction 2 (power-transform class)', () => {
  it('as stated is refuted: φ meeting the stated conditions break A4 or A5, and x^(1/T) does not meet them', () => {
    const r = audit(construction2);
    expect(r.verdict).toBe('refuted');
    expect(r.certified).toBe(true);
    expect(r.assumptionsNeeded).toBeUndefined();
    // the φ that meet the conditions do so on a grid of (x, T): evidence, not a proof
    expect(r.obligations.map((o) => o.verdict)).toEqual(['refuted', 'holds', 'holds', 'holds']);
    expect(r.obligations[0].counterexample?.instance.φ).toBe('φ(x; T) = x^(1/T)');
  });

  it('with φ = x^(1/T) it holds on the interior of the simplex (conditional: a zero breaks T → ∞)', () => {
    const r = audit(construction2Power);
    expect(r.verdict).toBe('conditional');
    expect(r.assumptionsNeeded).toEqual(['interior']);
    expect(r.counterexample?.instance.axiom).toBe('A5 T→∞');
  });

  it('with φ = x^(1/(2T)) (A4 broken) it is refuted under every candidate set', () => {
    const r = audit(
      universalStatement(
        construction2Power,
        conformanceCheck({ id: construction2Power.id, operators: [rescaled(power, '2')], runs: 100 }),
        conformanceCandidates,
      ),
    );
    expect(r.verdict).toBe('refuted');
    expect(r.assumptionsNeeded).toBeUndefined();
  });
});
