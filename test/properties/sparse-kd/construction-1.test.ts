import { describe, expect, it } from 'vitest';
import { universalStatement } from '../../../engine/statement/universal.js';
import { entropyProjectionDefault } from '../../../operators/softening/entropy-projection.js';
import { conformanceCandidates, conformanceCheck } from '../../../properties/sparse-kd/models/conformance.js';
import { construction1 } from '../../../properties/sparse-kd/claims/construction-1.js';
import { audit } from './run-statement.js';
import { rescaled } from './rescaled.js';

describe('Construction 1 (entropy projection)', () => {
  it('is refuted on the closed simplex (a zero stays zero, so T → ∞ misses the uniform distribution) and holds on the interior', () => {
    const r = audit(construction1);
    expect(r.verdict).toBe('conditional');
    expect(r.certified).toBe(true);
    expect(r.counterexample?.instance.p).toContain('0');
    // interior at least: the projection's A2 jump at exact ties (p = (1/2, 1/2), T = 1/2) lies in the
    // interior too, so a search that reaches it needs a further assumption (T ≥ 1)
    expect(r.assumptionsNeeded).toContain('interior');
  });

  it('is refuted under every candidate set when the family breaks A4 (entropy projection at 2T)', () => {
    const broken = rescaled(entropyProjectionDefault, '2');
    const r = audit(
      universalStatement(
        construction1,
        conformanceCheck({ id: construction1.id, operators: [broken], runs: 60 }),
        conformanceCandidates,
      ),
    );
    expect(r.verdict).toBe('refuted');
    expect(r.certified).toBe(true);
  });
});
