import { describe, expect, it } from 'vitest';
import { pointwise } from '../../../engine/pointwise.js';
import type { StatementClaim } from '../../../engine/statement/claim.js';
import { universalStatement } from '../../../engine/statement/universal.js';
import { audit } from './run-statement.js';

/** The tests every O(1/n) rate statement shares: conditional on ε_tune = 0, and the rate of (21)'s first term alone holds. */
export function describeRateClaim(claim: StatementClaim) {
  describe(`${claim.source.label} (${claim.id})`, () => {
    it('is refuted, certified, at an exact stage n, and conditional on ε_tune = 0', () => {
      const r = audit(claim);
      expect(r.verdict).toBe('conditional');
      expect(r.certified).toBe(true);
      expect(r.assumptionsNeeded).toEqual(['ε_tune = 0']);
      expect(Number(r.counterexample!.instance['ε_tune'])).toBeGreaterThan(0);
      expect(Number(r.counterexample!.certificate.hi)).toBeLessThan(0);
      expect(r.obligations.map((o) => o.verdict)).toEqual(['proved']);
    });

    it('the first term of (21) alone, C·L·ρ/n, is O(1/n): not refuted', () => {
      const [check] = claim.checks!;
      const p = (check as any).pointwise;
      const firstTerm = universalStatement(
        { ...claim, obligations: [] },
        pointwise({ ...p, margin: (N: any, s: unknown, x: any) => p.margin(N, s, { ...x, eps: '0' }) }),
      );
      expect(audit(firstTerm).verdict).toBe('holds');
    });
  });
}
