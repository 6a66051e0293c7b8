import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { largeVocabularyChecks, softeningChecksUpTo } from '../../axioms/softening.js';
import { checkKey } from '../../engine/check.js';
import { largePairDomain, largePointDomain, type LargeVocabularyPoint } from '../../engine/domains/large-vocabulary.js';
import { Corpus } from '../../engine/counterexamples/corpus.js';
import { STORED_COUNTEREXAMPLE } from '../fixtures/corpus-entry.js';

const point = largePointDomain();
const good: LargeVocabularyPoint = { source: 'zipf', V: 262_144, s: '1.1', tie: 2, zeros: 10, subnormal: 5, shuffle: 3, T: '2' };

describe('large-vocabulary instances read from outside', () => {
  it('accepts a named point and rejects what the generator never produces, V above 262 144 first of all', () => {
    expect(point.validate(good)).toBeUndefined();
    expect(largePairDomain().validate({ ...good, T2: '3' })).toBeUndefined();
    const bad: Array<[unknown, RegExp]> = [
      [{ ...good, V: 262_145 }, /V = 262145 is outside 2–262144/],
      [{ ...good, V: 1e9 }, /V = 1000000000 is outside/],
      [{ ...good, V: 1000.5 }, /V 1000.5 is not an integer/],
      [{ ...good, source: 'wikipedia' }, /source "wikipedia" is not one of/],
      [{ ...good, s: '1e400' }, /exponent|above/],
      [{ ...good, s: '0.1' }, /below 0.5/],
      [{ ...good, zeros: 200_000 }, /zeros = 200000 is outside/],
      [{ ...good, tie: 0 }, /tie \(block size\) = 0/],
      [{ ...good, T: '0' }, /T must be > 0/],
      [{ ...good, w: ['1', '2'] }, /unexpected field "w"/],
      [{ ...good, V: undefined }, /missing field V|not an integer/],
    ];
    for (const [x, problem] of bad) expect(point.validate(x)).toMatch(problem);
    expect(largePairDomain().validate({ ...good, T2: '1' })).toMatch(/T < T' is required/);
  });

  it('a corpus file asking for a larger V is skipped with the reason, a valid one is loaded', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kdaudit-large-v-'));
    const corpus = new Corpus(dir);
    const [, ranking] = largeVocabularyChecks();
    const entry = (instance: unknown) => ({
      schemaVersion: 1,
      check: checkKey(ranking),
      operator: 'power',
      instance,
      counterexample: STORED_COUNTEREXAMPLE,
    });
    writeFileSync(corpus.pathFor('A1/large-V', 'power'), JSON.stringify(entry({ ...good, V: 10_000_000 })));
    expect(corpus.load('A1/large-V', 'power', ranking.domain)).toEqual({ invalid: 'V = 10000000 is outside 2–262144' });
    writeFileSync(corpus.pathFor('A1/large-V', 'power'), JSON.stringify(entry(good)));
    expect(corpus.load('A1/large-V', 'power', ranking.domain)).toHaveProperty('entry.instance', good);
  });
});

describe('the V a check reaches (kdaudit check --max-V)', () => {
  const largestV = (checks: ReturnType<typeof softeningChecksUpTo>) =>
    Math.max(
      ...checks.flatMap((check) =>
        fc.sample(check.domain.arbitrary, { seed: 1, numRuns: 200 }).map((x) => check.domain.size(x)[0]),
      ),
    );

  it('caps the small-V checks at a small --max-V and adds the large-V stage up to a large one', () => {
    const small = softeningChecksUpTo(16);
    expect(small.map(checkKey)).toEqual(['A0', 'A1', 'A2', 'A3', 'A4', 'A5']);
    expect(largestV(small)).toBeLessThanOrEqual(16);
    const large = softeningChecksUpTo(5000);
    expect(large.map(checkKey)).toEqual(['A0', 'A1', 'A2', 'A3', 'A4', 'A5', 'A0/large-V', 'A1/large-V', 'A3/large-V']);
    expect(largestV(large.slice(6))).toBe(5000);
  });
});
