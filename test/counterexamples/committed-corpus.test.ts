import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { A5 } from '../../axioms/softening.js';
import { knownChecks, runReplay } from '../../cli/commands/replay.js';
import { Corpus, corpusFileName } from '../../engine/counterexamples/corpus.js';
import { checkKey } from '../../engine/check.js';
import { DEFAULT_CONTEXT } from '../../engine/context.js';
import { runCheck } from '../../engine/run-check.js';
import { findSofteningOperator } from '../../operators/softening/index.js';
import { corpusEntryJson } from '../fixtures/corpus-entry.js';

const DIR = 'counterexamples/corpus';
const files = readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .sort();

describe('the committed corpus', () => {
  it('every file is named for its check and operator, and loads through its check’s domain', () => {
    expect(files.length).toBeGreaterThan(200);
    const checks = new Map(knownChecks().map((c) => [checkKey(c), c]));
    const corpus = new Corpus(DIR);
    const failures: string[] = [];
    for (const file of files) {
      const { check, operator } = JSON.parse(readFileSync(join(DIR, file), 'utf8'));
      const known = checks.get(check);
      if (!known) failures.push(`${file}: unknown check ${check}`);
      else if (file !== corpusFileName(check, operator))
        failures.push(`${file}: expected the name ${corpusFileName(check, operator)}`);
      else {
        const loaded = corpus.load(check, operator, known.domain);
        if (!loaded || !('entry' in loaded)) failures.push(`${file}: ${loaded ? loaded.invalid : 'not found'}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('a stored entry still replays and certifies in the audit', () => {
    const power = findSofteningOperator('power')!;
    const corpus = new Corpus(mkdtempSync(join(tmpdir(), 'corpus-')));
    copyFileSync(join(DIR, 'A5__power.95de7855.json'), corpus.pathFor('A5', 'power'));
    const result = runCheck(A5, power, {
      ctx: DEFAULT_CONTEXT,
      seed: 3,
      budgetMs: 30_000,
      effort: 0.05,
      corpus,
      replayCommand: (f?: string) => `replay ${f}`,
    });
    expect(result.verdict).toBe('refuted');
    expect(result.evidence.kind).toBe('corpus-replay');
    expect(result.notes).toEqual([]);
  });
});

describe('kdaudit replay validates the file', () => {
  afterEach(() => vi.restoreAllMocks());
  const file = (content: string) => {
    const path = join(mkdtempSync(join(tmpdir(), 'kdaudit-replay-')), 'entry.json');
    writeFileSync(path, content);
    return path;
  };
  const entry = (check: string, operator: string, instance: unknown) => corpusEntryJson(check, operator, instance);

  it('a committed entry still fails (exit 1)', async () => {
    const out = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    expect(await runReplay(join(DIR, 'A5__power.95de7855.json'), { callTimeout: 1000 })).toBe(1);
    expect(String(out.mock.calls[0][0])).toContain('still fails: A5 on power');
  });

  it.each([
    ['T < 0', entry('A1', 'power', { w: ['1', '2'], T: '-1' }), /T must be > 0/],
    ["T' < T", entry('A3', 'power', { w: ['1', '2'], T: '2', T2: '1' }), /T < T'/],
    ['a NaN weight', entry('A4', 'power', { w: ['NaN', '1'] }), /not a decimal/],
    ['a weight exponent far beyond the generated range', entry('A4', 'power', { w: ['1e-99999999', '1'] }), /exponent/],
    ['an unknown check', entry('A9', 'power', { w: ['1', '2'] }), /unknown check/],
    ['another schema', corpusEntryJson('A4', 'power', { w: ['1', '2'] }, { schemaVersion: 2 }), /schemaVersion/],
    ['not JSON', '{', /JSON/],
    ['above the size cap', entry('A4', 'power', { w: ['1', '2'] }) + ' '.repeat(Corpus.MAX_BYTES), /larger than/],
  ])('%s: exit 2 with one line, never certified', async (_, content, reason) => {
    const out = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const err = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const path = file(content);
    expect(await runReplay(path, { callTimeout: 1000 })).toBe(2);
    expect(out).not.toHaveBeenCalled();
    expect(err).toHaveBeenCalledTimes(1);
    const line = String(err.mock.calls[0][0]);
    expect(line).toMatch(reason);
    expect(line).toContain(basename(path));
    expect(line).not.toContain('\n');
  });
});
