import { describe, expect, it } from 'vitest';
import { EQ2, everyN, S3, writtenOut } from '../../../properties/hinton-kd/claims/S3.js';
import { decideStatement } from '../../../engine/decide.js';
import { audit } from '../sparse-kd/run-statement.js';

const verdictOf = (o: ReturnType<typeof everyN>) => decideStatement(o).verdict;

describe('S3 (Eq. 2): the gradient, proved symbolically', () => {
  it('is proved for every N, with its steps (chain rule, Σp = 1, N = 2 and 3 written out)', () => {
    const r = audit(S3);
    expect(r.verdict).toBe('proved');
    expect(r.evidence.summary).toMatch(/Every N ≥ 2/);
    expect(r.obligations.map((o) => o.verdict)).toEqual(['proved', 'proved', 'proved', 'proved']);
  });

  it('does not prove wrong formulas: missing 1/T, sign flipped, wrong normaliser, 1/T²', () => {
    expect(EQ2).toBe('(1/T) * (E1/(E1 + R) - P1)');
    for (const wrong of [
      '(E1/(E1 + R) - P1)',
      '(1/T) * (P1 - E1/(E1 + R))',
      '(1/T) * (E1/R - P1)',
      '(1/T^2) * (E1/(E1 + R) - P1)',
    ])
      expect(verdictOf(everyN(wrong))).toBe('refuted');
    // written out (N = 2): a sign flipped on p, the normaliser Σ_j e^{z_j/T} replaced by e^{z_2/T}
    // (missing 1/T here takes mathjs's rationalize about a minute before it gives up: tested above for every N)
    expect(verdictOf(writtenOut(2, (S) => `(1/T) * (E1/(${S}) + P1)`))).toBe('refuted');
    expect(verdictOf(writtenOut(2, () => '(1/T) * (E1/E2 - P1)'))).toBe('refuted');
  });
});
