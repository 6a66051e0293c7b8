import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { A1, A3, A4 } from '../../axioms/softening.js';
import { Corpus } from '../../engine/counterexamples/corpus.js';
import { DEFAULT_CONTEXT } from '../../engine/context.js';
import { runCheck } from '../../engine/run-check.js';
import { findSofteningOperator } from '../../operators/softening/index.js';
import * as F from '../fixtures/softening-operators.js';

const power = findSofteningOperator('power')!;
const fresh = () => new Corpus(mkdtempSync(join(tmpdir(), 'corpus-')));
const options = (corpus: Corpus | undefined, effort = 0.05) => ({
  ctx: DEFAULT_CONTEXT,
  seed: 3,
  budgetMs: 30_000,
  effort,
  corpus,
  replayCommand: (f?: string) => `replay ${f}`,
});
const certificate = { kind: 'interval', quantity: 'q', lo: '-1', hi: '-0.5', explanation: 'hand-written' };
const entryFor = (check: string, operator: string, instance: unknown) => ({
  schemaVersion: 1,
  check,
  operator,
  instance,
  counterexample: { instance: {}, certificate, seed: 1, path: '0', replay: '', size: [2, 0] },
});
/** A hand-edited entry in the corpus, as the audit would find it. */
function plant(corpus: Corpus, check: string, operator: string, instance: unknown): string {
  const path = corpus.pathFor(check, operator);
  writeFileSync(path, JSON.stringify(entryFor(check, operator, instance)));
  return path;
}

describe('a hand-edited corpus entry is validated, never trusted', () => {
  it('T < 0 does not refute power on A1', () => {
    const corpus = fresh();
    const path = plant(corpus, 'A1', 'power', { w: ['1', '2'], T: '-1' });
    const result = runCheck(A1, power, options(corpus));
    expect(result.verdict).not.toBe('refuted');
    expect(result.evidence.kind).not.toBe('corpus-replay');
    expect(result.notes.join(' ')).toContain(basename(path));
    expect(result.notes.join(' ')).toMatch(/T must be > 0/);
  });

  it("T' < T does not refute power on A3", () => {
    const corpus = fresh();
    const path = plant(corpus, 'A3', 'power', { w: ['1', '2'], T: '2', T2: '1' });
    const result = runCheck(A3, power, options(corpus));
    expect(result.verdict).not.toBe('refuted');
    expect(result.notes.join(' ')).toContain(basename(path));
    expect(result.notes.join(' ')).toMatch(/T < T'/);
  });

  it('a NaN weight is skipped with a note, and the check still runs and stores its own counterexample', () => {
    const corpus = fresh();
    const path = plant(corpus, 'A4', F.offByOneMillionth.name, { w: ['NaN', '1'] });
    const result = runCheck(A4, F.offByOneMillionth, options(corpus, 1));
    expect(result.verdict).toBe('refuted');
    expect(result.evidence.kind).toBe('search');
    expect(result.notes.join(' ')).toMatch(/not a decimal/);
    // the invalid entry is replaced by the certified one: the next run replays it
    expect(JSON.parse(readFileSync(path, 'utf8')).instance.w).not.toContain('NaN');
    expect(runCheck(A4, F.offByOneMillionth, options(corpus, 1)).evidence.kind).toBe('corpus-replay');
  });

  it('an entry above the size cap is not parsed nor replayed', () => {
    const corpus = fresh();
    const path = corpus.pathFor('A4', F.offByOneMillionth.name);
    // a valid, failing entry padded beyond the cap: the audit must not read it
    writeFileSync(
      path,
      JSON.stringify(entryFor('A4', F.offByOneMillionth.name, { w: ['1', '2'] })) + ' '.repeat(Corpus.MAX_BYTES),
    );
    expect(corpus.load('A4', F.offByOneMillionth.name, A4.domain)).toEqual({ invalid: expect.stringMatching(/larger than/) });
    const result = runCheck(A4, F.offByOneMillionth, options(corpus, 1));
    expect(result.evidence.kind).toBe('search');
    expect(result.notes.join(' ')).toMatch(/larger than/);
  });

  it('a huge instance within the size cap is rejected by the domain (V beyond the generated range)', () => {
    const corpus = fresh();
    plant(corpus, 'A4', F.offByOneMillionth.name, { w: Array.from({ length: 5000 }, () => '1') });
    expect(corpus.load('A4', F.offByOneMillionth.name, A4.domain)).toEqual({ invalid: expect.stringMatching(/V = 5000/) });
  });

  it('invalid entries of several kinds leave the verdict of power on A1 as the search finds it', () => {
    const baseline = runCheck(A1, power, options(undefined, 0.01)).verdict;
    expect(baseline).not.toBe('refuted');
    const kinds: Array<[string, string]> = [
      [JSON.stringify(entryFor('A1', 'power', { w: ['NaN', '1'], T: '1' })), 'not a decimal'],
      [JSON.stringify(entryFor('A1', 'power', { w: ['2', '-1'], T: '1' })), 'negative'],
      [JSON.stringify(entryFor('A1', 'power', { w: ['1', '2'], T: '1', T2: '2' })), 'unexpected field'],
      [JSON.stringify(entryFor('A1', 'other', { w: ['1', '2'], T: '-1' })), 'for operator'],
      [JSON.stringify(entryFor('A1', 'power', { w: ['1', '2'], T: '-1' })) + ' '.repeat(Corpus.MAX_BYTES), 'larger than'],
    ];
    for (const [content, reason] of kinds) {
      const corpus = fresh();
      writeFileSync(corpus.pathFor('A1', 'power'), content);
      const result = runCheck(A1, power, options(corpus, 0.01));
      expect(result.verdict).toBe(baseline);
      expect(result.notes.join(' ')).toContain(`${corpus.pathFor('A1', 'power')} was ignored`);
      expect(result.notes.join(' ')).toContain(reason);
    }
  });

  it('entries of each invalid kind are skipped with a note naming the file', () => {
    const corpus = fresh();
    const load = (instance: unknown, patch: Record<string, unknown> = {}) => {
      writeFileSync(corpus.pathFor('A1', 'power'), JSON.stringify({ ...entryFor('A1', 'power', instance), ...patch }));
      const loaded = corpus.load('A1', 'power', A1.domain);
      return loaded && 'invalid' in loaded ? loaded.invalid : 'valid';
    };
    expect(load({ w: ['1', '2'], T: '1' })).toBe('valid');
    expect(load({ w: ['1', '2'], T: '1' }, { schemaVersion: 2 })).toMatch(/schemaVersion/);
    expect(load({ w: ['1', '2'], T: '1' }, { check: 'A3' })).toMatch(/check/);
    expect(load({ w: ['1', '2'], T: '1' }, { operator: 'log-pool' })).toMatch(/operator/);
    expect(load({ w: ['1', '2'], T: '1' }, { counterexample: 'x' })).toMatch(/counterexample/);
    expect(load({ w: ['1', '-2'], T: '1' })).toMatch(/negative/);
    expect(load({ w: ['0', '0'], T: '1' })).toMatch(/sum/);
    expect(load({ w: ['1', 2], T: '1' })).toMatch(/string/);
    expect(load({ w: ['1'], T: '1' })).toMatch(/V = 1/);
    expect(load({ w: ['1e-320', '1'], T: '1' })).toBe('valid');
    expect(load({ w: ['1e-99999999', '1'], T: '1' })).toMatch(/exponent/);
    expect(load({ w: ['Infinity', '1'], T: '1' })).toMatch(/not a decimal/);
    expect(load({ w: ['1', '2'], T: '0' })).toMatch(/T must be > 0/);
    expect(load({ w: ['1', '2'], T: '1e999' })).toMatch(/T/);
    expect(load({ w: ['1', '2'] })).toMatch(/T/);
    expect(load({ w: ['1', '2'], T: '1', extra: 1 })).toMatch(/extra/);
    expect(load(null)).toMatch(/object/);
    writeFileSync(corpus.pathFor('A1', 'power'), '{ not json');
    expect(corpus.load('A1', 'power', A1.domain)).toEqual({ invalid: expect.stringMatching(/JSON/) });
  });
});

describe('a failed corpus write keeps the verdict', () => {
  it('an unwritable corpus folder: still refuted and certified, with a note', () => {
    const dir = mkdtempSync(join(tmpdir(), 'corpus-'));
    writeFileSync(join(dir, 'file'), '');
    // a folder below a regular file cannot be created, even by root
    const corpus = new Corpus(join(dir, 'file', 'corpus'));
    const result = runCheck(A4, F.offByOneMillionth, options(corpus, 1));
    expect(result.verdict).toBe('refuted');
    expect(result.certified).toBe(true);
    expect(result.counterexample?.certificate.kind).toBe('interval');
    expect(result.notes.join(' ')).toMatch(/could not store the counterexample: /);
  });

  it('a 10 000-character operator name gets a short file name and is stored', () => {
    const corpus = fresh();
    const op = { ...F.offByOneMillionth, name: 'x'.repeat(10_000) };
    expect(basename(corpus.pathFor('A4', op.name)).length).toBeLessThanOrEqual(160);
    const result = runCheck(A4, op, options(corpus, 1));
    expect(result.verdict).toBe('refuted');
    expect(result.notes.join(' ')).not.toMatch(/could not store/);
    expect(runCheck(A4, op, options(corpus, 1)).evidence.kind).toBe('corpus-replay');
  });
});

describe('corpus file names', () => {
  it('differ for operator names that sanitise alike', () => {
    const corpus = fresh();
    expect(corpus.pathFor('A1', 'a/b')).not.toBe(corpus.pathFor('A1', 'a_b'));
    expect(corpus.pathFor('A1', 'a')).not.toBe(corpus.pathFor('A1_a', ''));
  });

  it('are stable, readable and short', () => {
    const name = basename(new Corpus('x').pathFor('A5', 'power'));
    expect(name).toMatch(/^A5__power\.[0-9a-f]{8}\.json$/);
    expect(name).toBe(basename(new Corpus('y').pathFor('A5', 'power')));
  });
});
