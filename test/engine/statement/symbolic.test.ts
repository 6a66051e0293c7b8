import { describe, expect, it } from 'vitest';
import { decideStatement } from '../../../engine/decide.js';
import { symbolicIdentity } from '../../../engine/statement/symbolic.js';

describe('symbolicIdentity', () => {
  it('proves a rational identity (softmax shift-invariance with A = e^a, K = e^c)', () => {
    const outcome = symbolicIdentity('A*K/(A*K+B*K)', 'A/(A+B)', ['A', 'B', 'K']);
    expect(decideStatement(outcome).verdict).toBe('proved');
  });

  it('proves a polynomial identity mathjs only reaches by rationalising', () => {
    expect(decideStatement(symbolicIdentity('(x+y)^2', 'x^2+2*x*y+y^2', ['x', 'y'])).verdict).toBe('proved');
  });

  it('refutes a subtly wrong identity at a simple point, with the value', () => {
    const outcome = symbolicIdentity('(x+y)^2', 'x^2+x*y+y^2', ['x', 'y']);
    expect(decideStatement(outcome).verdict).toBe('refuted');
    expect(outcome.kind === 'derived' && outcome.counterexample?.instance).toMatchObject({ x: '2', y: '3/7' });
  });
});
