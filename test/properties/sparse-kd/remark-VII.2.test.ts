import { describe, expect, it } from 'vitest';
import {
  klCheck,
  remarkVII2BregmanDecomposition,
  remarkVII2CleanFormFails,
  remarkVII2Qualitative,
} from '../../../properties/sparse-kd/claims/remark-VII.2.js';
import { universalStatement } from '../../../engine/statement/universal.js';
import { witnessStatement } from '../../../properties/sparse-kd/models/witness.js';
import { audit } from './run-statement.js';

describe('Remark VII.2 (squared loss vs KL)', () => {
  it('the clean three-term form fails for KL: proved by a certified finite witness', () => {
    const r = audit(remarkVII2CleanFormFails);
    expect(r.verdict).toBe('proved');
    expect(r.counterexample?.certificate.kind).toBe('interval');
  });

  it('looking for a witness against the geometric-mean decomposition finds none (it is an identity)', () => {
    const r = audit(witnessStatement(remarkVII2CleanFormFails, klCheck('falsified', 'geometric mean', 'geometric'), 'gap'));
    expect(r.verdict).toBe('unfalsifiable');
  });

  it('the geometric-mean (Bregman) decomposition holds on finite laws', () => {
    expect(audit(remarkVII2BregmanDecomposition).verdict).toBe('holds');
  });

  it('the same decomposition with the arithmetic mean is refuted, certified', () => {
    const r = audit(universalStatement(remarkVII2BregmanDecomposition, klCheck('falsified', 'arithmetic mean', 'arithmetic')));
    expect(r.verdict).toBe('refuted');
    expect(r.certified).toBe(true);
  });

  it('"transfers qualitatively" has no precise content', () => {
    expect(audit(remarkVII2Qualitative).verdict).toBe('unfalsifiable');
  });
});
