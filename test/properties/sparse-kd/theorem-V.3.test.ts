import { describe, expect, it } from 'vitest';
import { power } from '../../../operators/softening/power.js';
import { findSofteningOperator } from '../../../operators/softening/index.js';
import {
  distinctAsFunctions,
  distinctFromPowerCurve,
  distinctUpToReparametrisation,
  theoremV3,
  theoremV3Curves,
  theoremV3Reparametrised,
} from '../../../properties/sparse-kd/claims/theorem-V.3.js';
import { audit } from './run-statement.js';
import { rescaled } from './rescaled.js';

describe('Theorem V.3 (non-uniqueness)', () => {
  it('at the same (p, T): the three constructions are pairwise distinct, with certified separating points', () => {
    const r = audit(theoremV3);
    expect(r.verdict).toBe('proved');
    expect(r.evidence.summary).toContain('entropy-projection ≠ power');
  });

  it('finds no separation between two codings of the same function (power and φ = x^(1/T))', () => {
    const outcome = distinctAsFunctions([power, findSofteningOperator('power-class/x^(1/T)')!]);
    expect(outcome.kind === 'witness' && outcome.witness).toBeFalsy();
  });

  it('up to T ↦ g(T): no p-independent reparametrisation relates any two constructions', () => {
    expect(audit(theoremV3Reparametrised).verdict).toBe('proved');
  });

  it('up to T ↦ g(T): power at 2T is power reparametrised, and is not separated from it', () => {
    const outcome = distinctUpToReparametrisation([[rescaled(power, '2'), power]]);
    expect(outcome.kind === 'witness' && outcome.witness).toBeFalsy();
  });

  it('as curves: mixing leaves the power curve at V = 3, but entropy projection stays on it and at V = 2 all coincide', () => {
    const r = audit(theoremV3Curves);
    expect(r.verdict).toBe('proved');
    expect(r.obligations.map((o) => o.verdict)).toEqual(['proved', 'proved', 'refuted', 'refuted']);
  });

  it('as curves: power at 2T traces the power curve, so it is not separated from it', () => {
    const outcome = distinctFromPowerCurve(rescaled(power, '2'));
    expect(outcome.kind === 'witness' && outcome.witness).toBeFalsy();
  });
});
