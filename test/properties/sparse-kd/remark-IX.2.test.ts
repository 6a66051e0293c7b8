import { describe, expect, it } from 'vitest';
import { remarkIX2 } from '../../../properties/sparse-kd/claims/remark-IX.2.js';
import { audit } from './run-statement.js';

describe('Remark IX.2 (interpretation)', () => {
  it('predicts nothing about a specific instance: C is free', () => {
    const r = audit(remarkIX2);
    expect(r.verdict).toBe('unfalsifiable');
    expect(r.evidence.exact).toBeGreaterThan(100);
    expect(r.evidence.summary).toMatch(/needs the value of C/);
  });
});
