import { describe, expect, it } from 'vitest';
import { convexMixingClamped } from '../../../operators/softening/convex-mixing.js';
import { entropyProjectionDefault } from '../../../operators/softening/entropy-projection.js';
import { power } from '../../../operators/softening/power.js';
import { costlier, remarkV4 } from '../../../properties/sparse-kd/claims/remark-V.4.js';
import { audit } from './run-statement.js';

describe('Remark V.4 (efficient realizations)', () => {
  it('power and convex mixing conform only on the interior for T ≥ 1; entropy projection costs far more operations', () => {
    const r = audit(remarkV4);
    expect(r.verdict).toBe('conditional');
    expect(r.assumptionsNeeded).toEqual(['interior', 'T ≥ 1']);
    expect(r.obligations.map((o) => o.verdict)).toEqual(['proved']);
  });

  it('the cost comparison fails when turned around (power is not costlier than entropy projection)', () => {
    const outcome = costlier(power, [entropyProjectionDefault, convexMixingClamped]);
    expect(outcome.kind === 'derived' && outcome.counterexample).toBeTruthy();
  });
});
