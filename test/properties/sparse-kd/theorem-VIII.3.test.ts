import { describe, expect, it } from 'vitest';
import { decideStatement } from '../../../engine/decide.js';
import { pointwise } from '../../../engine/pointwise.js';
import { universalStatement } from '../../../engine/statement/universal.js';
import { asNetwork } from '../../../properties/sparse-kd/models/pruning.js';
import { lipschitzBound } from '../../../properties/sparse-kd/models/networks.js';
import { freeC } from '../../../properties/sparse-kd/models/stage-spacing.js';
import {
  lipschitzMargin,
  lipschitzStep,
  theoremVIII3AsIntended,
  theoremVIII3AsTyped,
  typedAssumption,
} from '../../../properties/sparse-kd/claims/theorem-VIII.3.js';
import { audit } from './run-statement.js';
import { RUN } from './run-statement.js';

describe('Theorem VIII.3 (multi-stage compression as homotopy)', () => {
  it('as typed: refuted, certified, and conditional on the intended Lipschitz assumption; the typed assumption is vacuous', () => {
    const r = audit(theoremVIII3AsTyped);
    expect(r.verdict).toBe('conditional');
    expect(r.certified).toBe(true);
    expect(r.assumptionsNeeded).toEqual(['L ≥ Lip(θ ↦ f_θ)']);
    expect(r.obligations.map((o) => o.verdict)).toEqual(['vacuous']);
  });

  it('the typed assumption with L < 1 is refuted: the check of it can fail', () => {
    expect(decideStatement(typedAssumption('0.5').evaluate(RUN)).verdict).toBe('refuted');
  });

  it('as intended: c is a free constant; the sketch’s schedule and a c independent of n are refuted', () => {
    const r = audit(theoremVIII3AsIntended);
    expect(r.verdict).toBe('unfalsifiable');
    expect(r.obligations.map((o) => [o.step, o.verdict])).toEqual([
      ['Δρ = ρ_target/n', 'proved'],
      ['prunes a fraction Δρ of remaining parameters', 'refuted'],
      ['‖θ_k − θ_{k−1}‖₂ ≤ c·Δρ, c independent of n', 'refuted'],
      ['Lipschitz continuity bounds the function change', 'holds'],
      ['triangle-inequality accumulation', 'proved'],
    ]);
    expect(r.obligations[1].counterexample!.certificate.lo).toBe('0.0025');
    expect(r.obligations[2].counterexample!.instance['c_n for n = 1, 2, 4, 8, 16, 32']).toHaveLength(6);
  });

  it('with c fixed to 1 instead of free, an instance needing more refutes (19), exactly', () => {
    const outcome = freeC(RUN, '1');
    expect(decideStatement(outcome)).toEqual({ verdict: 'refuted', certified: true });
  });

  it('the Lipschitz step is refuted, certified, with a quarter of the Lipschitz bound', () => {
    const quarter = universalStatement(
      { ...theoremVIII3AsIntended, obligations: [] },
      pointwise({
        ...lipschitzStep.pointwise,
        margin: (N, _s, x) => lipschitzMargin(N, x, N.div(lipschitzBound(N, asNetwork(x)), N.of(4))),
      }),
    );
    const r = audit(quarter);
    expect(r.verdict).toBe('refuted');
    expect(r.certified).toBe(true);
  });
});
