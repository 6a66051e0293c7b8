import { describe, expect, it } from 'vitest';
import { A2 } from '../../axioms/softening/a2-continuity.js';
import type { JumpProbe } from '../../axioms/softening/a2-probe.js';
import { B4, type BoundaryMove } from '../../axioms/aggregation/b4-continuity.js';
import type { Check } from '../../engine/check.js';
import { DEFAULT_CONTEXT } from '../../engine/context.js';
import type { AuditedOperator } from '../../engine/operator.js';
import { Probe } from '../../engine/probe.js';
import { runCheck } from '../../engine/run-check.js';
import type { Plugin } from '../../plugin/shape.js';
import type { AggregationOperator } from '../../engine/operators/aggregation.js';
import type { SofteningOperator } from '../../engine/operators/softening.js';
import * as P from '../fixtures/continuity-plugins.js';
import { findSofteningOperator } from '../../operators/softening/index.js';

/**
 * A2 and B4 on user operators (plugins, in-process): continuous operators whose modulus is far
 * below float64's resolution are not refuted (a fidelity finding at most), float64-only or with
 * applyExact; jumps where code puts them (a hyperplane, a truncation threshold, a temperature
 * threshold, a weight leaving 0) are refuted with sequence evidence.
 */
const ctx = DEFAULT_CONTEXT;
const run = <X, Op extends AuditedOperator>(check: Check<X, Op>, op: Op, effort: number) =>
  runCheck(check, op, { ctx, seed: 7, budgetMs: 20_000, effort, replayCommand: () => 'replay' });

// the engine's operator from a plugin, typed by the plugin's kind
type Op<Pl> = Pl extends { kind: 'softening' } ? SofteningOperator : AggregationOperator;
const exact = <Pl extends Plugin>(p: Pl) => P.asOperator(p) as unknown as Op<Pl>;
const float = <Pl extends Plugin>(p: Pl) => exact(P.floatOnly(p));

const refutedWithEvidence = (r: ReturnType<typeof run>, terms: 'float-output' | 'decimal-agreement') => {
  expect(r.verdict).toBe('refuted');
  expect(r.certified).toBe(true);
  const c = r.counterexample!.certificate;
  expect(c.kind).toBe('sequence-evidence');
  expect(c.terms).toBe(terms);
  expect(c.explanation).toMatch(/^Evidence along a sequence, not a proof/);
  // float64-only: the exact doubles the operator received, as decimal strings
  if (terms === 'float-output') expect(Object.values(c.received ?? {}).flat().length).toBeGreaterThan(0);
  return r.counterexample!;
};

describe('A2 spares continuous operators whose modulus float64 cannot resolve', () => {
  // near a zero coordinate at T = 1e12 the output changes ~1e-12 per decade of δ; near a tie at T = 1e-9 it is e^(±Δ/T)
  const steep: JumpProbe[] = [
    { w: ['0', '1'], T: '1e12', move: 0 },
    { w: ['0', '1', '3'], T: '4215124189160', move: 0 },
    { w: ['531', '1e-325'], T: '4215124189160', move: 1 },
    { w: ['1', '1'], T: '1e-9', move: 0 },
    { w: ['1e-320', '1'], T: '1e12', move: 0 },
    { w: ['1e-320', '0', '1'], T: '1e6', move: 1 },
  ];
  it.each(steep.map((x) => [JSON.stringify(x), x] as const))('power at %s: no jump claimed, float64-only or exact', (_, x) => {
    for (const op of [float(P.plainPower), exact(P.plainPower)]) expect(A2.certify(op, x, ctx)).toBeUndefined();
  });
  it('a float64 candidate that does not certify is a fidelity finding, with the float64-only reason', () => {
    const probe = new Probe(A2, float(P.plainPower), ctx);
    expect(probe.violates({ w: ['0', '1'], T: '1e12', move: 0 })).toBe(false);
    expect(probe.fidelity[0].message).toContain('keep changing along the resolved scales');
  });
  it('power, float64-only: holds over the search (it was refuted at T ≈ 4e12 before)', () => {
    const r = run(A2, float(P.plainPower), 0.4);
    expect(r.verdict).toBe('holds');
  });
  it('a smooth step of slope 1e6 at p_1 = 0.3 holds, float64-only and exact', () => {
    const onPlane: JumpProbe = { w: ['3', '7'], T: '1', move: 0 };
    expect(A2.certify(float(P.smoothStep), onPlane, ctx)).toBeUndefined();
    expect(A2.certify(exact(P.smoothStep), onPlane, ctx)).toBeUndefined();
    expect(run(A2, float(P.smoothStep), 0.4).verdict).toBe('holds');
  });
  it('power with applyExact holds over a short search', () => {
    expect(run(A2, exact(P.plainPower), 0.1).verdict).toBe('holds');
  });
});

describe('A2 refutes jumps where code puts them', () => {
  it('a jump on the hyperplane p_1 = 0.3, found by search (float64-only: settled outputs at the resolved scales)', () => {
    const c = refutedWithEvidence(run(A2, float(P.hyperplaneJump), 0.4), 'float-output');
    expect(c.instance.p).toContain('3/10');
    expect(c.instance.move).toBe('toward e_0');
  });
  it('small masses truncated below 1e-4, found by search (float64-only)', () => {
    const c = refutedWithEvidence(run(A2, float(P.truncation), 0.4), 'float-output');
    expect(c.instance.move).toMatch(/^toward e_/);
  });
  it('a jump in T at 0.5, found by search (float64-only)', () => {
    const c = refutedWithEvidence(run(A2, float(P.temperatureThreshold), 0.4), 'float-output');
    expect(c.instance.T).toBe('0.5');
    expect(c.instance.move).toBe('T-');
  });
  it('with applyExact each is certified by decimal agreement down to δ = 1e-128, only in the direction that crosses', () => {
    const cases: Array<[typeof P.hyperplaneJump, JumpProbe, JumpProbe]> = [
      [P.hyperplaneJump, { w: ['3', '7'], T: '1', move: 0 }, { w: ['3', '7'], T: '1', move: 1 }],
      [P.truncation, { w: ['1', '9999'], T: '2', move: 1 }, { w: ['1', '9999'], T: '2', move: 0 }],
      [P.temperatureThreshold, { w: ['1', '2'], T: '0.5', move: 'T-' }, { w: ['1', '2'], T: '0.5', move: 'T+' }],
    ];
    for (const [plugin, crossing, staying] of cases) {
      const cert = A2.certify(exact(plugin), crossing, ctx)!;
      expect(cert.kind).toBe('sequence-evidence');
      expect(cert.terms).toBe('decimal-agreement');
      expect(cert.quantity).toContain('j = 2 … 128');
      expect(A2.certify(exact(plugin), staying, ctx)).toBeUndefined();
      expect(A2.certify(float(plugin), crossing, ctx)?.terms).toBe('float-output');
      expect(A2.certify(float(plugin), staying, ctx)).toBeUndefined();
    }
  });
  it('the float64 certificate is computed from the doubles received: 0.3 + 0.7δ as doubles, exactly', () => {
    const cert = A2.certify(float(P.hyperplaneJump), { w: ['3', '7'], T: '1', move: 0 }, ctx)!;
    expect(cert.received!.p).toEqual([
      '0.299999999999999988897769753748434595763683319091796875',
      '0.6999999999999999555910790149937383830547332763671875',
    ]);
    expect(Number(cert.lo)).toBeGreaterThan(1e-6);
  });
});

describe('B4 on user operators', () => {
  const zeroWeight: BoundaryMove = {
    teachers: [
      ['1', '0'],
      ['0', '1'],
    ],
    w: ['0', '1'],
    T: '1',
    move: { k: 0 },
  };
  it('a jump when a weight goes from 0 to positive: refuted at a fixed instance, float64-only and exact', () => {
    const f = B4.certify(float(P.zeroWeightJump), zeroWeight, ctx)!;
    expect(f.kind).toBe('sequence-evidence');
    expect(f.terms).toBe('float-output');
    expect(
      Object.values(f.received ?? {})
        .flat()
        .every((v) => /^\d/.test(v)),
    ).toBe(true);
    expect(Object.keys(f.received ?? {}).length).toBeGreaterThan(0);
    const e = B4.certify(exact(P.zeroWeightJump), zeroWeight, ctx)!;
    expect(e.terms).toBe('decimal-agreement');
    expect(e.quantity).toContain('1e-4503599627370496');
  });
  it('the linear pool is continuous there', () => {
    expect(B4.certify(float(P.linearPool), zeroWeight, ctx)).toBeUndefined();
    expect(B4.certify(exact(P.linearPool), zeroWeight, ctx)).toBeUndefined();
  });
  it('the softened pool at T = 1e12, a teacher mass leaving 0, is steep but continuous: no jump claimed', () => {
    const x: BoundaryMove = { teachers: [['0', '1']], w: ['1'], T: '1e12', move: { k: 0, i: 0 } };
    expect(B4.screen(float(P.softenedPool), x, ctx)).toBeLessThan(0);
    expect(B4.certify(float(P.softenedPool), x, ctx)).toBeUndefined();
    expect(B4.certify(exact(P.softenedPool), x, ctx)).toBeUndefined();
  });
  it('search: the softened pool holds (float64-only)', () => {
    expect(run(B4, float(P.softenedPool), 0.3).verdict).toBe('holds');
  });
  it('search: teacher masses truncated below 1e-4 are refuted, moving a mass across 1e-4', () => {
    const c = refutedWithEvidence(run(B4, float(P.truncatedTeachers), 0.3), 'float-output');
    expect(c.instance['moved across']).toMatch(/^p_\d,\d = 1\/10000/);
    const x: BoundaryMove = { teachers: [['1', '9999']], w: ['1'], T: '1', move: { k: 0, i: 0, plane: '1/10000', down: true } };
    expect(B4.certify(exact(P.truncatedTeachers), x, ctx)?.terms).toBe('decimal-agreement');
    expect(B4.certify(exact(P.truncatedTeachers), { ...x, move: { ...x.move, down: undefined } }, ctx)).toBeUndefined();
  });
});

describe('A2 on formulas near a tiny mass', () => {
  // from p_0 = 1e-328 (not zero) every step δ ≥ 1e-128 dwarfs p_0: power at T = 9990 changes by ~0.01
  // all the way down to δ = 1e-128 and closes only below 1e-328 — continuous, and not a jump
  it.each(['power', 'power-class/x^(1/T)'])('%s is not refuted at p = (1e-328, 6, 3)/Σ, T = 9990, toward e_0', (name) => {
    const op = findSofteningOperator(name)!;
    expect(A2.certify(op, { w: ['1e-328', '6', '3'], T: '9990', move: 0 }, DEFAULT_CONTEXT)).toBeUndefined();
  });
});
