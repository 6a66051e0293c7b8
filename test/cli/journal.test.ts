import { appendFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { JournalAppender } from '../../cli/journal/append.js';
import { checkJournalEntry } from '../../cli/journal/entry.js';
import { headerMismatch, journalHeader } from '../../cli/journal/header.js';
import { resumeCommand } from '../../cli/journal/interrupt.js';
import { readJournal } from '../../cli/journal/read.js';
import { recordedCommand } from '../../cli/parallel/recorded-command.js';
import type { UnitResult } from '../../cli/parallel/run-unit.js';
import { unitKey, type AuditUnit } from '../../cli/parallel/units.js';
import { sampleAudit } from '../reports/sample-audit.js';

const UNITS: AuditUnit[] = [
  { kind: 'softening', operator: 'power' },
  { kind: 'statement', id: 'sparse-kd/lemma-VI.1' },
  { kind: 'mutation', operator: 'power', maxMutants: 4 },
];
const RUN = { seed: 42, effort: 0.05, corpus: 'counterexamples/corpus' };
const HEADER = journalHeader(RUN, UNITS);
/** Results of each unit's schema (what checkJournalEntry looks at). */
const RESULTS: UnitResult[] = [
  { operator: 'power', description: 'd', exactness: 'generic', results: [], timings: {} },
  { ...sampleAudit.statements![0], id: 'sparse-kd/lemma-VI.1' },
  { mutationOf: 'power', failure: 'worker died' },
];
const line = (value: unknown) => `${JSON.stringify(value)}\n`;
const entry = (k: number) => line({ unit: unitKey(UNITS[k]), result: RESULTS[k] });
const read = (text: string) => readJournal(Buffer.from(text), HEADER, UNITS);

describe('reading a journal back', () => {
  it('gives every finished unit its result, by its place in the run', () => {
    const got = read(line(HEADER) + entry(2) + entry(0));
    expect(got).toEqual({
      ok: true,
      finished: new Map([
        [2, RESULTS[2]],
        [0, RESULTS[0]],
      ]),
      ignored: [],
      wholeBytes: Buffer.byteLength(line(HEADER) + entry(2) + entry(0)),
    });
  });

  it('ignores a last line cut off by the interruption, even one that parses, and resumes appending before it', () => {
    const whole = line(HEADER) + entry(0);
    for (const cut of [entry(1).slice(0, 25), entry(1).slice(0, -1)]) {
      const got = read(whole + cut);
      expect(got.ok && [...got.finished.keys()]).toEqual([0]);
      expect(got.ok && got.ignored).toEqual(['line 3: cut off (no end of line: the run stopped while writing it)']);
      expect(got.ok && got.wholeBytes).toBe(Buffer.byteLength(whole));
    }
  });

  it('counts whole lines in bytes, so a corrupt byte does not move the resume point', () => {
    // 0xff is no UTF-8: decoded, it is one character of three bytes
    const whole = Buffer.concat([Buffer.from(line(HEADER)), Buffer.from([0xff, 0x0a]), Buffer.from(entry(0))]);
    const got = readJournal(Buffer.concat([whole, Buffer.from('{"unit":"€').subarray(0, 11)]), HEADER, UNITS);
    expect(got.ok && got.wholeBytes).toBe(whole.length);
    expect(got.ok && got.ignored).toEqual([
      expect.stringMatching(/^line 2: not JSON/),
      'line 4: cut off (no end of line: the run stopped while writing it)',
    ]);
  });

  it('names each malformed line by its number and never takes a result from it', () => {
    const bad = [
      '{"unit": "softening:power", "result": ',
      line({ unit: 'softening:entropy-projection', result: RESULTS[0] }).trimEnd(),
      line({ unit: unitKey(UNITS[1]), result: RESULTS[0] }).trimEnd(),
      line({ unit: unitKey(UNITS[0]), result: { ...RESULTS[0], operator: 'power-class/x/T' } }).trimEnd(),
      line({ unit: unitKey(UNITS[2]), result: { mutationOf: 'power' } }).trimEnd(),
      line([1, 2]).trimEnd(),
    ];
    const got = read(line(HEADER) + bad.join('\n') + '\n' + entry(0) + entry(0));
    expect(got.ok && [...got.finished]).toEqual([[0, RESULTS[0]]]);
    expect(got.ok && got.ignored).toEqual([
      expect.stringMatching(/^line 2: not JSON \(/),
      'line 3: softening:entropy-projection is not a unit of this run',
      'line 4: result.id: missing (expected a string)',
      'line 5: result: not the result of power',
      'line 6: result: not the mutation analysis of power',
      'line 7: not a JSON object',
      'line 9: softening:power was already given at line 8',
    ]);
  });

  it('refuses a journal of another run, naming the first difference in one line', () => {
    const other = (run: Partial<typeof RUN & { shard: { index: number; count: number } }>, units = UNITS) =>
      read(line(journalHeader({ ...RUN, ...run }, units)) + entry(0));
    expect(other({ seed: 3 })).toEqual({
      ok: false,
      problem: "it is the journal of a different audit: its seed is 3, this run's is 42",
    });
    expect(other({ effort: 0.1 })).toMatchObject({ problem: expect.stringContaining("its effort is 0.1, this run's is 0.05") });
    expect(other({ corpus: 'elsewhere' })).toMatchObject({ problem: expect.stringContaining('its corpus is "elsewhere"') });
    expect(other({ shard: { index: 1, count: 2 } })).toMatchObject({
      problem: expect.stringContaining('its shard is {"index":1,"count":2}, this run\'s is absent'),
    });
    // the same number of units, one setting different (--mutants): the list's hash tells them apart
    const moreMutants = UNITS.map((u) => (u.kind === 'mutation' ? { ...u, maxMutants: 8 } : u));
    expect(other({}, moreMutants)).toMatchObject({
      problem: expect.stringContaining('its units differ (3 units there, 3 here)'),
    });
    expect(read('{"kind":"kdaudit-journal"')).toEqual({ ok: false, problem: 'it has no complete header line' });
    expect(read('not json\n')).toMatchObject({ ok: false, problem: expect.stringContaining('its first line is not JSON') });
    expect(headerMismatch({ ...HEADER, tool: { name: 'kdaudit', version: '0.0.1' } }, HEADER)).toMatch(
      /^written by kdaudit 0.0.1, this is /,
    );
    expect(headerMismatch(HEADER, HEADER)).toBeUndefined();
  });

  it('checks one line with one function', () => {
    const units = new Map(UNITS.map((u) => [unitKey(u), u]));
    expect(checkJournalEntry({ unit: 'softening:power', result: RESULTS[0] }, units)).toEqual({
      unit: UNITS[0],
      entry: { unit: 'softening:power', result: RESULTS[0] },
    });
    expect(checkJournalEntry({ unit: 7, result: RESULTS[0] }, units)).toEqual({
      problem: 'field "unit" is missing or not a string',
    });
    expect(checkJournalEntry({ unit: 'softening:power' }, units)).toMatchObject({ problem: expect.stringMatching(/^result: /) });
    expect(checkJournalEntry({ unit: 'softening:power', result: { ...RESULTS[0], results: 'none' } }, units)).toMatchObject({
      problem: expect.stringMatching(/^result\.results: /),
    });
    expect(checkJournalEntry({ unit: 'softening:power', result: { ...RESULTS[0], operator: 'x/T' } }, units)).toEqual({
      problem: 'result: not the result of power',
    });
  });
});

describe('writing a journal', () => {
  it('writes the header, then a line per unit, each whole on disk as append returns', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'journal-')), 'out', 'audit.jsonl');
    const journal = JournalAppender.create(path, HEADER);
    expect(readFileSync(path, 'utf8')).toBe(line(HEADER));
    const written = journal.append({ unit: 'softening:power', result: RESULTS[0] });
    expect(readFileSync(path, 'utf8')).toBe(line(HEADER) + entry(0));
    expect(JSON.parse(written)).toEqual({ unit: 'softening:power', result: RESULTS[0] });
    journal.close();
  });

  it('resumed, it drops a cut-off last line before appending, so the next line is whole', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'journal-')), 'audit.jsonl');
    writeFileSync(path, line(HEADER) + entry(0));
    appendFileSync(path, entry(1).slice(0, 30));
    const got = read(readFileSync(path, 'utf8'));
    const journal = JournalAppender.resume(path, got.ok ? got.wholeBytes : -1);
    journal.append({ unit: unitKey(UNITS[1]), result: RESULTS[1] });
    journal.close();
    const again = read(readFileSync(path, 'utf8'));
    expect(again.ok && again.ignored).toEqual([]);
    expect(again.ok && [...again.finished.keys()]).toEqual([0, 1]);
  });

  it('a fresh run replaces an old journal', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'journal-')), 'audit.jsonl');
    writeFileSync(path, line(HEADER) + entry(0) + entry(1));
    JournalAppender.create(path, HEADER).close();
    expect(readFileSync(path, 'utf8')).toBe(line(HEADER));
  });
});

describe('the resume command', () => {
  it('is not part of the recorded command: a resumed audit records the command of the run it continues', () => {
    expect(recordedCommand(['audit', '--seed', '3', '--resume', '--out', 'o'])).toBe('kdaudit audit --seed 3');
  });

  it('repeats the arguments, quoted for a shell, with --resume once', () => {
    expect(resumeCommand(['audit', '--operator', 'power', '--out', 'my out', '--resume'])).toBe(
      "kdaudit audit --operator power --out 'my out' --resume",
    );
    expect(resumeCommand(['audit', '--corpus', "it's"])).toBe(`kdaudit audit --corpus 'it'\\''s' --resume`);
  });
});
