import { describe, expect, it } from 'vitest';
import { certificationPolicy, provesViolation } from '../../engine/certification/policy.js';
import { DEFAULT_CONTEXT } from '../../engine/context.js';
import { decideStatement } from '../../engine/decide.js';
import { phiFunctions } from '../../operators/softening/power-class.js';
import { phiConditions } from '../../properties/sparse-kd/models/phi-conditions.js';

const [generic, exact, float] = (['generic', 'decimal', 'float64'] as const).map((e) => certificationPolicy(e, DEFAULT_CONTEXT));
const yes = () => true;
const no = () => false;

describe('one certification policy', () => {
  it('names what each kind of operator is certified by, and only the generic formula proves', () => {
    expect([generic.certificate, exact.certificate, float.certificate]).toEqual([
      'interval',
      'decimal-agreement',
      'float-output',
    ]);
    expect(exact.precisions).toEqual([DEFAULT_CONTEXT.precision, 2 * DEFAULT_CONTEXT.precision]);
    expect([generic.allowance, exact.allowance, float.allowance]).toEqual([
      0,
      DEFAULT_CONTEXT.decimalAllowance,
      DEFAULT_CONTEXT.floatAllowance,
    ]);
    expect(generic.trust).toMatch(/a proof/);
    expect(float.trust).not.toMatch(/proof/);
  });

  it('an enclosure [lo, 0] refutes a strict claim on a generic formula; [lo, ε] does not', () => {
    expect(provesViolation(generic, '0', '0', true)).toBe(true);
    expect(provesViolation(generic, '-1e-60', '0', true)).toBe(true);
    expect(provesViolation(generic, '0', '0', false)).toBe(false);
    expect(provesViolation(generic, '-1e-60', '1e-60', true)).toBe(false);
  });

  it("user code's ties refute only where the comparisons are well conditioned", () => {
    for (const policy of [exact, float]) {
      expect(provesViolation(policy, '0', '0', true, no)).toBe(false);
      expect(provesViolation(policy, '0', '0', true, yes)).toBe(true);
      // an inversion inside the allowance is a tie as far as rounding goes
      expect(provesViolation(policy, '-1e-30', '-1e-30', true, no)).toBe(false);
      expect(provesViolation(policy, '-1e-30', '-1e-30', true, yes)).toBe(true);
      expect(provesViolation(policy, '0', '0', false, yes)).toBe(false);
    }
  });

  it('beyond the allowance refutes, inside it never; NaN never', () => {
    expect(provesViolation(float, '-1e-9', '-1e-9', false)).toBe(true);
    expect(provesViolation(float, '-1e-11', '-1e-11', false)).toBe(false);
    expect(provesViolation(exact, '-1e-24', '-1e-24', false)).toBe(true);
    expect(provesViolation(exact, '-1e-26', '-1e-26', false)).toBe(false);
    expect(provesViolation(generic, 'NaN', 'NaN', true)).toBe(false);
  });
});

describe('proved means proved', () => {
  it('a derivation checked on a grid of an infinite domain holds; exhaustion of a finite one proves', () => {
    expect(decideStatement({ kind: 'derived', method: 'grid', detail: '' }).verdict).toBe('holds');
    expect(decideStatement({ kind: 'derived', method: 'exhaustive', detail: '' }).verdict).toBe('proved');
    expect(decideStatement({ kind: 'derived', method: 'symbolic', detail: '' }).verdict).toBe('proved');
  });

  it("Construction 2's conditions on φ, met at every grid point, are grid evidence", () => {
    const met = phiFunctions.map(phiConditions).filter((o) => !('counterexample' in o && o.counterexample));
    expect(met.length).toBeGreaterThan(0);
    for (const outcome of met) {
      expect(outcome).toMatchObject({ kind: 'derived', method: 'grid' });
      expect(decideStatement(outcome).verdict).toBe('holds');
    }
  });
});
