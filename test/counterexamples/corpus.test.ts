import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { A4 } from '../../axioms/softening.js';
import { Corpus } from '../../engine/counterexamples/corpus.js';
import { minimise } from '../../engine/counterexamples/minimise.js';
import { DEFAULT_CONTEXT } from '../../engine/context.js';
import { pointDomain } from '../../engine/domains/softening-points.js';
import { runCheck } from '../../engine/run-check.js';
import * as F from '../fixtures/softening-operators.js';

const options = (corpus: Corpus) => ({
  ctx: DEFAULT_CONTEXT,
  seed: 3,
  budgetMs: 30_000,
  effort: 1,
  corpus,
  replayCommand: (f?: string) => `replay ${f}`,
});

describe('the stored corpus', () => {
  it('stores a minimal counterexample, replays it before any search, and reports when it stops failing', () => {
    const corpus = new Corpus(mkdtempSync(join(tmpdir(), 'corpus-')));
    const first = runCheck(A4, F.offByOneMillionth, options(corpus));
    expect(first.verdict).toBe('refuted');
    expect(first.evidence.kind).toBe('search');
    expect(readdirSync(corpus.dir)).toEqual([basename(corpus.pathFor('A4', 'test/a4-off'))]);
    expect(readdirSync(corpus.dir)[0]).toMatch(/^A4__test_a4-off\.[0-9a-f]{8}\.json$/);
    expect(first.counterexample!.replay).toBe(`replay ${corpus.pathFor('A4', 'test/a4-off')}`);

    const second = runCheck(A4, F.offByOneMillionth, options(corpus));
    expect(second.evidence.kind).toBe('corpus-replay');
    expect(second.evidence.screened).toBe(0);
    expect(second.counterexample!.instance).toEqual(first.counterexample!.instance);

    // the same stored instance, replayed against an operator that no longer fails there
    const path = corpus.pathFor('A4', 'test/a4-off');
    const entry = JSON.parse(readFileSync(path, 'utf8'));
    writeFileSync(corpus.pathFor('A4', 'test/power-then-mix'), JSON.stringify({ ...entry, operator: 'test/power-then-mix' }));
    const fixed = runCheck(A4, F.powerThenMix, options(corpus));
    expect(fixed.verdict).toBe('holds');
    expect(fixed.notes.join(' ')).toContain('no longer fails');
  });
});

describe('the minimiser', () => {
  it('drops coordinates and simplifies denominators while the violation stays certified', () => {
    const start = { w: ['17', '0', '391', '1000', '3'] };
    const certify = (x: { w: string[] }) => A4.certify(F.offByOneMillionth, x, DEFAULT_CONTEXT);
    const certificate = certify(start)!;
    expect(certificate.kind).toBe('interval');
    const small = minimise(pointDomain, { x: start, certificate }, certify, Date.now() + 20_000);
    expect(small.x.w.length).toBe(2);
    // above T = 1 the operator also mixes toward uniform, so even a one-hot p is moved
    expect(pointDomain.size(small.x)).toEqual([2, 0]);
    // the minimal point still violates: its certified margin is below 0
    expect(Number(certify(small.x)?.hi)).toBeLessThan(0);
  });

  it('reaches V = 2 from V = 1000 in logarithmically many steps by dropping blocks first', () => {
    const start = { w: Array.from({ length: 1000 }, (_, i) => String(1000 + i)) };
    const certify = (x: { w: string[] }) => A4.certify(F.offByOneMillionth, x, DEFAULT_CONTEXT);
    const small = minimise(pointDomain, { x: start, certificate: certify(start)! }, certify, Date.now() + 60_000);
    expect(small.x.w.length).toBe(2);
    expect(small.steps).toBeLessThan(40);
  });

  it('keeps the original when no simplification certifies', () => {
    const start = { w: ['1', '2'] };
    const certificate = A4.certify(F.offByOneMillionth, start, DEFAULT_CONTEXT)!;
    const result = minimise(pointDomain, { x: start, certificate }, () => undefined, Date.now() + 5_000);
    expect(result.x).toEqual(start);
    expect(result.steps).toBe(0);
  });
});
