import { describe, expect, it } from 'vitest';
import { definitionVIII1, manifoldDistances } from '../../../properties/sparse-kd/claims/definition-VIII.1.js';
import { audit } from './run-statement.js';

describe('Definition VIII.1 (ε-teacher manifold)', () => {
  it('is read, not decided: no proposition, with what was checked about it', () => {
    const r = audit(definitionVIII1);
    expect(r.verdict).toBe('unfalsifiable');
    expect(r.evidence.kind).toBe('reading');
    expect(r.evidence.summary).toMatch(/gradients only/);
  });

  it('tells networks with different gradients apart (the membership check can fail)', () => {
    expect(manifoldDistances(['1', '0', '1'], ['1', '0', '1', '0', '1', '1'])).toMatchObject({ gradient: '0' });
    expect(Number(manifoldDistances(['1', '0', '1'], ['2', '0', '1']).gradient)).toBeGreaterThan(0.5);
  });
});
