import { describe, expect, it } from 'vitest';
import { remarkX3 } from '../../../properties/sparse-kd/claims/remark-X.3.js';
import { audit } from './run-statement.js';

describe('Remark X.3 (practical implication)', () => {
  it('names no concrete class (unfalsifiable) and reports the computed extremes', () => {
    const r = audit(remarkX3);
    expect(r.verdict).toBe('unfalsifiable');
    expect(r.evidence.summary).toMatch(/On one-hot students .*classes with distinct members \{[^}]*power[^}]*\}/);
    expect(r.evidence.summary).toMatch(/On top-1-plus-uniform students .*classes with distinct members none/);
  });
});
