import { describe, expect, it } from 'vitest';
import { A0, A1, A2, A3, A4, A5 } from '../../axioms/softening.js';
import * as F from '../fixtures/softening-operators.js';
import { run } from './run.js';

/**
 * The checker tested as a checker: each axiom refutes an operator built to break exactly that
 * property, subtly, with a certified minimal counterexample — and does not refute operators that
 * satisfy it, including steep-but-continuous and float-delicate ones.
 */
describe('a conforming operator', () => {
  it.each([A0, A1, A2, A3, A4, A5].map((c) => [c.id, c] as const))('is not refuted on %s', (_, check) => {
    const r = run(check, F.powerThenMix);
    expect(r.verdict).toBe('holds');
    expect(r.evidence.screened).toBeGreaterThan(100);
  });
});

describe('A0: into the simplex', () => {
  it('refutes an output summing to 1 + 1e-9, only for V ≥ 50', () => {
    const r = run(A0, F.overweightForLargeV);
    expect(r.verdict).toBe('refuted');
    expect(r.certified).toBe(true);
    expect(r.counterexample!.size[0]).toBe(50);
    expect(r.counterexample!.certificate.kind).toBe('interval');
  });
  it('refutes zero coordinates pushed 1e-9 below 0, only where p has exact zeros', () => {
    const r = run(A0, F.negativeAtZeros);
    expect(r.verdict).toBe('refuted');
    expect(r.counterexample!.instance.p).toContain('0');
    expect(Number(r.counterexample!.instance.T)).toBeGreaterThan(1);
    expect(run(A1, F.negativeAtZeros).verdict).toBe('holds');
  });
  it('does not refute power; the naive formula underflows in float64 and is a fidelity finding, not a refutation', () => {
    expect(run(A0, F.reference).verdict).toBe('holds');
    const naive = run(A0, F.naivePower);
    expect(naive.verdict).toBe('holds');
    expect(naive.fidelity.length).toBeGreaterThan(0);
  });
});

describe('A1: ranking', () => {
  it('refutes a reversal confined to T in (5.2, 5.3), at V = 2', () => {
    const r = run(A1, F.reversesInBand);
    expect(r.verdict).toBe('refuted');
    expect(r.counterexample!.instance.p).toHaveLength(2);
    const T = Number(r.counterexample!.instance.T);
    expect(T).toBeGreaterThan(5.2);
    expect(T).toBeLessThan(5.3);
  });
  it('does not refute power, even where float64 rounds distinct outputs together', () => {
    const r = run(A1, F.reference);
    expect(r.verdict).toBe('holds');
  });
});

describe('A2: continuity', () => {
  it('refutes a jump at T = 2', () => {
    const r = run(A2, F.jumpAtTwo);
    expect(r.verdict).toBe('refuted');
    expect(r.counterexample!.instance.T).toBe('2');
    expect(r.counterexample!.instance.move).toBe('T+');
  });
  it('does not refute power, whose modulus δ^(1/T) near a zero looks like a jump at every float64 scale', () => {
    const steep = { w: ['0', '1'], T: '1e6', move: 0 as const };
    expect(A2.screen(F.reference, steep, { ...defaultCtx() })).toBeLessThan(0);
    expect(A2.certify(F.reference, steep, defaultCtx())).toBeUndefined();
    expect(run(A2, F.reference).verdict).toBe('holds');
  });
});

describe('A3: entropy monotone in T', () => {
  it('refutes an effective temperature that dips only for T in [7, 7.05]', () => {
    const r = run(A3, F.entropyDipInBand);
    expect(r.verdict).toBe('refuted');
    expect(Number(r.counterexample!.instance.T)).toBeGreaterThanOrEqual(6.9);
    expect(Number(r.counterexample!.instance.T)).toBeLessThan(7.05);
  });
  it('does not refute power', () => {
    expect(run(A3, F.reference).verdict).toBe('holds');
  });
});

describe('A4: identity at T = 1', () => {
  it('refutes power at T·1.000001 with a two-point counterexample', () => {
    const r = run(A4, F.offByOneMillionth);
    expect(r.verdict).toBe('refuted');
    expect(r.counterexample!.size[0]).toBe(2);
  });
  it('does not refute power', () => {
    expect(run(A4, F.reference).verdict).toBe('holds');
  });
});

describe('A5: limits', () => {
  it('refutes a temperature capped at 1e4 (only extreme T), at p = one-hot of V = 2', () => {
    const r = run(A5, F.cappedTemperature);
    expect(r.verdict).toBe('refuted');
    expect(r.counterexample!.certificate.quantity).toContain('T→∞');
    expect(r.counterexample!.size[0]).toBe(2);
  });
  it('refutes favouring the first of tied maxima (only at exact ties)', () => {
    const r = run(A5, F.favoursFirstTie);
    expect(r.verdict).toBe('refuted');
    expect(r.counterexample!.certificate.quantity).toContain('T→0⁺');
    const p = r.counterexample!.instance.p as string[];
    expect(new Set(p.filter((x) => x !== '0')).size).toBeLessThan(p.filter((x) => x !== '0').length);
  });
  it('does not refute power mixed toward uniform above T = 1', () => {
    expect(run(A5, F.powerThenMix).verdict).toBe('holds');
  });
});

function defaultCtx() {
  return { precision: 50, screenTolerance: 1e-12, floatAllowance: 1e-10, decimalAllowance: 1e-25 };
}
