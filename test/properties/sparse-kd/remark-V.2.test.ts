import { describe, expect, it } from 'vitest';
import { universalStatement } from '../../../engine/statement/universal.js';
import { conformanceCandidates, conformanceCheck } from '../../../properties/sparse-kd/models/conformance.js';
import { hybrid } from '../../../properties/sparse-kd/models/hybrid.js';
import { remarkV2 } from '../../../properties/sparse-kd/claims/remark-V.2.js';
import { audit } from './run-statement.js';
import { rescaled } from './rescaled.js';

describe('Remark V.2 (the three named families conform)', () => {
  it('holds only on the interior and for T ≥ 1 (zeros break power and entropy projection; mixing cannot sharpen)', () => {
    const r = audit(remarkV2);
    expect(r.verdict).toBe('conditional');
    expect(r.assumptionsNeeded).toEqual(['interior', 'T ≥ 1']);
  });

  it('is refuted under every candidate set when a family breaks A4', () => {
    const r = audit(
      universalStatement(
        remarkV2,
        conformanceCheck({ id: remarkV2.id, operators: [rescaled(hybrid, '2')], runs: 100 }),
        conformanceCandidates,
      ),
    );
    expect(r.verdict).toBe('refuted');
  });
});
