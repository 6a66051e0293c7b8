import { describe, expect, it } from 'vitest';
import { polynomialIdentity } from '../../../engine/statement/polynomial-identity.js';

describe('polynomial identities proved on a determining grid', () => {
  it('proves (a + b)^3 = a^3 + 3a^2 b + 3a b^2 + b^3 on the 4 × 4 grid', () => {
    const o = polynomialIdentity('(a+b)^3', 'a^3+3*a^2*b+3*a*b^2+b^3', ['a', 'b']);
    expect(o.kind === 'derived' && !o.counterexample && o.detail).toContain('all 16 points');
  });

  it('refutes an identity that differs only at one point of the grid, exactly', () => {
    // a(a − 1)(a − 2) vanishes at a = 0, 1, 2 and is 6 at a = 3: the grid for degree 3 reaches it
    const o = polynomialIdentity('a*(a-1)*(a-2)', '0', ['a']);
    expect(o.kind === 'derived' ? o.counterexample?.instance : undefined).toMatchObject({ a: '3' });
  });

  it('rejects what is not a polynomial', () => {
    expect(() => polynomialIdentity('a/b', 'a', ['a', 'b'])).toThrow(/not a polynomial/);
  });
});
