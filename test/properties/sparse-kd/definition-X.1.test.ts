import { describe, expect, it } from 'vitest';
import { definitionX1, directionGap } from '../../../properties/sparse-kd/claims/definition-X.1.js';
import { audit } from './run-statement.js';

describe('Definition X.1 (KD-equivalence)', () => {
  it('is a definition: the KL direction matters and the argmin can be a set, both computed', () => {
    const r = audit(definitionX1);
    expect(r.verdict).toBe('unfalsifiable');
    expect(r.evidence.summary).toContain('the direction matters');
    expect(r.evidence.summary).toContain('all three students are optimal');
  });

  it('the two directions agree at a target inside the class (the gap check can come out 0)', () => {
    const gap = directionGap(['1/2', '1/4', '1/4']);
    expect(gap.lo.lte(0) && gap.hi.gte(0)).toBe(true);
    expect(directionGap(['1/2', '1/3', '1/6']).lo.gt(0)).toBe(true);
  });
});
