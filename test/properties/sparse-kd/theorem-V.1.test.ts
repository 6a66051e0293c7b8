import { describe, expect, it } from 'vitest';
import { power } from '../../../operators/softening/power.js';
import { hybrid } from '../../../properties/sparse-kd/models/hybrid.js';
import { existenceStatement, theoremV1 } from '../../../properties/sparse-kd/claims/theorem-V.1.js';
import { audit } from './run-statement.js';
import { rescaled } from './rescaled.js';

describe('Theorem V.1 (existence)', () => {
  it('holds: the hybrid power/mixing family passes every axiom check on the closed simplex and is not the identity', () => {
    const r = audit(theoremV1);
    expect(r.verdict).toBe('holds');
    expect(r.evidence.summary).toContain('Witness hybrid power/mixing');
  });

  it('has no witness when every candidate breaks an axiom (power: zeros; the hybrid at 2T: A4)', () => {
    const r = audit(existenceStatement([power, rescaled(hybrid, '2')], 200));
    expect(r.verdict).toBe('unfalsifiable');
    expect(r.evidence.summary).toMatch(
      /No candidate conforms: power: .*violates A5 T→∞; hybrid power\/mixing at 2·T: .*violates A4/,
    );
  });
});
