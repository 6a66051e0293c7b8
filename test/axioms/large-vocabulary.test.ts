import { describe, expect, it } from 'vitest';
import { largeVocabularyChecks } from '../../axioms/softening.js';
import { DEFAULT_CONTEXT } from '../../engine/context.js';
import { largeVector, type LargeVocabularyPoint } from '../../engine/domains/large-vocabulary.js';
import type { Num } from '../../engine/num/index.js';
import { power } from '../../operators/softening/power.js';
import type { SofteningOperator } from '../../engine/operators/softening.js';
import type { SofteningPlugin } from '../../plugin/shape.js';
import { asOperator } from '../fixtures/in-process.js';
import { run } from './run.js';

const [simplex, ranking, entropy] = largeVocabularyChecks();

/** Temperature scaling in plain float64, as a user writes it (no spread of 262 144 arguments). */
function scaled(p: number[], T: number): number[] {
  let top = 0;
  for (const x of p) top = Math.max(top, x);
  return p.map((x) => (x / top) ** (1 / T));
}
const normalised = (g: number[], upTo = g.length) => {
  let total = 0;
  for (let i = 0; i < upTo; i++) total += g[i];
  return g.map((x) => x / total);
};

/** A user's float64-only module, in-process. */
const user = (plugin: SofteningPlugin) => asOperator(plugin) as SofteningOperator;

const userPower = user({ kind: 'softening', name: 'user-power', apply: (p, T) => normalised(scaled(p, T)) });

/** Wrong only in the far tail: masses below 1e-6 of the largest are ranked backwards (their scaled values reflected about 1e-6^(1/T)). */
const misranksTail = user({
  kind: 'softening',
  name: 'misranks-tail',
  apply(p, T) {
    const edge = 1e-6 ** (1 / T);
    return normalised(scaled(p, T).map((g) => (g > 0 && g < edge ? 2 * edge - g : g)));
  },
});

/** Wrong only at large V: above 100 000 coordinates it normalises by the first 100 000 only. */
const normalisesHead = user({
  kind: 'softening',
  name: 'normalises-head',
  apply: (p, T) => normalised(scaled(p, T), Math.min(p.length, 100_000)),
});

/** The same fault as a generic formula: exact arithmetic would have to evaluate all V coordinates to show it. */
const genericNormalisesHead: SofteningOperator = {
  kind: 'softening',
  name: 'generic-normalises-head',
  description: 'power softening normalised by its first 100 000 coordinates',
  exactness: 'generic',
  apply<V>(N: Num<V>, p: readonly V[], T: V): V[] {
    const F = power.apply(N, p, T);
    if (p.length <= 100_000) return F;
    const head = N.sum(F.slice(0, 100_000));
    return F.map((x) => N.div(x, head));
  },
};

const hard: LargeVocabularyPoint = {
  source: 'subtlex',
  V: 262_144,
  s: '1.1',
  tie: 3,
  zeros: 500,
  subnormal: 50,
  shuffle: 7,
  T: '2.5',
};

describe('the large-vocabulary stage (V up to 262 144)', () => {
  it('builds the named point: rank order, imposed ties, exact zeros and subnormal masses, Σq = 1 up to rounding', () => {
    const { q, byRank } = largeVector(hard);
    expect(q.length).toBe(262_144);
    expect(q[byRank[0]]).toBe(q[byRank[2]]);
    expect(q[byRank[2]]).toBeGreaterThan(q[byRank[3]]);
    expect(q[byRank[262_143]]).toBe(0);
    const tiny = q[byRank[262_144 - 501]];
    expect(tiny).toBeGreaterThan(0);
    expect(tiny).toBeLessThan(2.2250738585072014e-308);
    expect(Math.abs(q.reduce((a, b) => a + b, 0) - 1)).toBeLessThan(1e-12);
  });

  it('does not refute correct operators at V = 262 144 with zeros, ties and subnormal masses', () => {
    for (const op of [power, userPower]) {
      expect(simplex.screen(op, hard, DEFAULT_CONTEXT)).toBeGreaterThanOrEqual(-DEFAULT_CONTEXT.screenTolerance);
      expect(ranking.screen(op, hard, DEFAULT_CONTEXT)).toBeGreaterThan(0);
      expect(entropy.screen(op, { ...hard, T2: '2.6' }, DEFAULT_CONTEXT)).toBeGreaterThan(0);
      for (const check of [simplex, ranking, entropy]) expect(run(check, op).verdict).toBe('holds');
    }
  });

  it('refutes an operator that misranks the tail below 1e-6 of the max, certified on the two returned doubles of one pair', () => {
    const result = run(ranking, misranksTail);
    expect(result.verdict).toBe('refuted');
    const certificate = result.counterexample!.certificate;
    expect(certificate.kind).toBe('float-output');
    expect(Number(certificate.hi)).toBeLessThan(-DEFAULT_CONTEXT.floatAllowance);
    expect(certificate.received).toHaveProperty('F_i (returned)');
    // the same operator is not refuted where its tail is above 1e-6 of the max: the fault is the tail's
    const shortTail = { source: 'zipf' as const, V: 4096, s: '1', tie: 1, zeros: 0, subnormal: 0, shuffle: 0, T: '1' };
    expect(ranking.certify(misranksTail, shortTail, DEFAULT_CONTEXT)).toBeUndefined();
    expect(ranking.certify(misranksTail, { ...shortTail, V: 262_144, s: '1.3' }, DEFAULT_CONTEXT)).toMatchObject({
      kind: 'float-output',
      received: { 'F_i (returned)': expect.any(String) },
    });
  });

  it('refutes an operator that drops normalisation above V = 100 000, minimised to the smallest V tried above it', () => {
    const result = run(simplex, normalisesHead);
    expect(result.verdict).toBe('refuted');
    expect(result.counterexample!.certificate.quantity).toBe('−|Σ_i F_T(p)_i − 1|');
    const V = Number(result.counterexample!.instance.V);
    expect(V).toBeGreaterThan(100_000);
    expect(V).toBeLessThan(262_144);
    // one coordinate fewer than the fault needs: no certificate
    const below = { source: 'zipf' as const, V: 100_000, s: '1.1', tie: 1, zeros: 0, subnormal: 0, shuffle: 0, T: '1' };
    expect(simplex.certify(normalisesHead, below, DEFAULT_CONTEXT)).toBeUndefined();
  });

  it('never refutes without a certificate: the same fault in a generic formula, beyond exact reach at V > 256, is a fidelity finding', () => {
    const result = run(simplex, genericNormalisesHead);
    expect(result.verdict).toBe('holds');
    expect(result.fidelity.length).toBeGreaterThan(0);
  });

  it('float64 ties from underflow (power at T = 0.01) are candidates, and the pair in interval arithmetic shows they are not ties', () => {
    const cold = { ...hard, subnormal: 0, T: '0.01' };
    expect(ranking.screen(power, cold, DEFAULT_CONTEXT)).toBeLessThanOrEqual(0);
    expect(ranking.certify(power, cold, DEFAULT_CONTEXT)).toBeUndefined();
  });
});
