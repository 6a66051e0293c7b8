import { describe, expect, it } from 'vitest';
import { decideStatement } from '../../../engine/decide.js';
import { DEFAULT_CONTEXT } from '../../../engine/context.js';
import { maxEntropy, type Completion } from '../../../properties/sparse-kd/models/top-k-completions.js';
import { completionProperties } from '../../../properties/sparse-kd/models/top-k-properties.js';
import {
  topKIICMaxEntropy,
  topKIICRenormalisation,
  topKIICUnderdetermined,
  topKIICZipfTail,
  underdetermination,
} from '../../../properties/sparse-kd/claims/top-k-II.C.js';
import { audit } from './run-statement.js';

const run = { ctx: DEFAULT_CONTEXT, seed: 7, budgetMs: 30_000, effort: 1, replayCommand: () => 'replay' };

/** The error table's cells for one k, in column order. */
const row = (table: string, k: number) =>
  table
    .split('\n')
    .find((l) => l.startsWith(`| ${k} |`))!
    .split('|')
    .slice(2, -1)
    .map(Number);
const SUBTLEX_T1 = 6;
const GEOMETRIC_T2 = 5;

describe('§II.C top-k truncated distributions', () => {
  it('top-k probabilities do not determine p^(1/T): proved by an exactly verified pair at T = 2', () => {
    expect(audit(topKIICUnderdetermined).verdict).toBe('proved');
  });

  it('at T = 1 the same pair is no witness (F_1 is the identity, so the top k is all it shows)', () => {
    expect(decideStatement(underdetermination('1')).verdict).toBe('unfalsifiable');
  });

  it('renormalisation: a named approach; A4 and the T → ∞ limit of A5 refuted, certified; error grows as k shrinks', () => {
    const r = audit(topKIICRenormalisation);
    expect(r.verdict).toBe('unfalsifiable');
    expect(r.obligations.map((o) => o.verdict)).toEqual(['holds', 'holds', 'refuted', 'holds', 'refuted']);
    expect(r.obligations.filter((o) => o.verdict === 'refuted').every((o) => o.certified)).toBe(true);
    const cells = [1000, 100, 10, 1].map((k) => row(r.evidence.summary, k)[SUBTLEX_T1]);
    expect(cells).toEqual([...cells].sort((a, b) => a - b));
    expect(cells[3]).toBeGreaterThan(0.9);
  });

  it('maximum-entropy completion meets every axiom read on the top-k input', () => {
    const r = audit(topKIICMaxEntropy);
    expect(r.verdict).toBe('unfalsifiable');
    expect(r.obligations.map((o) => o.verdict)).toEqual(['holds', 'holds', 'holds', 'holds', 'holds']);
  });

  it('Zipf tail: meets every axiom; exact on Zipf tails, far off on a geometric one at small k', () => {
    const r = audit(topKIICZipfTail);
    expect(r.obligations.map((o) => o.verdict)).toEqual(['holds', 'holds', 'holds', 'holds', 'holds']);
    const table = r.evidence.summary;
    for (const k of [1000, 100, 10, 1]) expect(Math.max(...row(table, k).slice(0, 4))).toBeLessThan(1e-12);
    expect(row(table, 1)[GEOMETRIC_T2]).toBeGreaterThan(0.5);
  });

  it('a completion that reverses the visible tokens is refuted on A1, certified (the checks can fail)', () => {
    const reversed: Completion = {
      ...maxEntropy,
      complete: (N, visible, V) => maxEntropy.complete(N, [...visible].reverse(), V),
    };
    const [a1] = completionProperties(reversed);
    const outcome = a1.evaluate(run);
    expect(decideStatement(outcome)).toEqual({ verdict: 'refuted', certified: true });
  });
});
