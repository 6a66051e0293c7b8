import { describe, expect, it } from 'vitest';
import { pointwise } from '../../../engine/pointwise.js';
import { universalStatement } from '../../../engine/statement/universal.js';
import { equivalenceIIExact, equivalenceIIFloat64 } from '../../../properties/sparse-kd/claims/equivalence-II.js';
import { powerTransform } from '../../../operators/softening/power.js';
import { maxDistance, softmax } from '../../../properties/sparse-kd/models/softmax.js';
import { audit } from './run-statement.js';

describe('§II.A equivalence p^(1/T) ∝ softmax(z/T)', () => {
  it('holds in exact arithmetic, with both derivation steps proved symbolically', () => {
    const r = audit(equivalenceIIExact);
    expect(r.verdict).toBe('holds');
    expect(r.evidence.screened).toBeGreaterThan(150);
    expect(r.obligations.map((o) => o.verdict)).toEqual(['proved', 'proved']);
  });

  it('is refuted, certified, when the temperature is applied twice on one side (a falsified equivalence)', () => {
    const [check] = equivalenceIIExact.checks!;
    const falsified = universalStatement(
      { ...equivalenceIIExact, obligations: [] },
      pointwise({
        ...(check as any).pointwise,
        margin: (N: any, _s: unknown, x: { z: string[]; T: string }) => {
          const T = N.of(x.T);
          return N.neg(maxDistance(N, powerTransform(N, softmax(N, x.z), N.mul(T, T)), softmax(N, x.z, '0', T)));
        },
      }),
    );
    const r = audit(falsified);
    expect(r.verdict).toBe('refuted');
    expect(r.certified).toBe(true);
  });

  it('as float64 computes it, breaks where softmax(z) underflows, certified on the routes’ doubles; no underflow rescues it', () => {
    const r = audit(equivalenceIIFloat64);
    expect(r.verdict).toBe('conditional');
    expect(r.certified).toBe(true);
    expect(r.assumptionsNeeded).toEqual(['no underflow']);
    const z = (r.counterexample!.instance.z as string[]).map(Number);
    expect(Math.max(...z) - Math.min(...z)).toBeGreaterThan(700);
    expect(r.evidence.summary).toMatch(/T = 2: breaks at g = 73\d\.\d+ \(certified\)/);
    expect(r.evidence.summary).toMatch(/T = 1: agrees at every scanned g ≤ 1000/);
  });
});
