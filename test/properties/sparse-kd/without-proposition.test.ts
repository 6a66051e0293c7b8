import { describe, expect, it } from 'vitest';
import { definitionIV1 } from '../../../properties/sparse-kd/claims/definition-IV.1.js';
import { remarkIV2 } from '../../../properties/sparse-kd/claims/remark-IV.2.js';
import { audit } from './run-statement.js';

describe('statements with no truth value to test', () => {
  it.each([definitionIV1, remarkIV2].map((c) => [c.id, c] as const))(
    '%s is listed as unfalsifiable, with the reason',
    (_, claim) => {
      const r = audit(claim);
      expect(r.verdict).toBe('unfalsifiable');
      expect(r.evidence.kind).toBe('reading');
      expect(r.evidence.summary.length).toBeGreaterThan(80);
    },
  );
});
