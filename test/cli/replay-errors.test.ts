import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runReplay } from '../../cli/commands/replay.js';
import { corpusEntryJson, STORED_COUNTEREXAMPLE } from '../fixtures/corpus-entry.js';

const folder = mkdtempSync(join(tmpdir(), 'kdaudit-replay-errors-'));

function file(name: string, content: string): string {
  const path = join(folder, name);
  writeFileSync(path, content);
  return path;
}

/** A stored entry for A0 on power at w = (1, 1), T = 1, with `change` applied. */
const entry = (change: Record<string, unknown> = {}) => corpusEntryJson('A0', 'power', { w: ['1', '1'], T: '1' }, change);

/** The stored counterexample record with `change` applied to its instance as reports show it. */
const described = (instance: Record<string, unknown>) => ({ counterexample: { ...STORED_COUNTEREXAMPLE, instance } });

/** The exit code and everything written to stderr, which must be a single line. */
async function replay(path: string, plugin?: string): Promise<{ code: number; error: string }> {
  const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
  vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  const code = await runReplay(path, { callTimeout: 2000, plugin });
  expect(errors).toHaveBeenCalledTimes(1);
  const error = String(errors.mock.calls[0][0]);
  expect(error).not.toContain('\n');
  return { code, error };
}

describe('kdaudit replay of a missing or malformed file', () => {
  afterEach(() => vi.restoreAllMocks());

  it.each([
    ['missing.json', undefined, 'no such file'],
    ['truncated.json', '{"schemaVersion": 1, "check": "A0"', 'not valid JSON'],
    ['not-an-object.json', '[1, 2]', 'not a valid corpus entry: (top level): expected an object, got an array'],
    ['no-check.json', entry({ check: undefined }), 'not a valid corpus entry: check: missing (expected a string)'],
    ['old-schema.json', entry({ schemaVersion: 2 }), 'schemaVersion: expected 1, got 2'],
    ['no-record.json', entry({ counterexample: 'x' }), 'counterexample: expected an object, got "x"'],
    [
      'bad-seed.json',
      entry({ counterexample: { ...STORED_COUNTEREXAMPLE, seed: 1.5 } }),
      'counterexample.seed: expected an integer, got 1.5',
    ],
    ['nested.json', JSON.stringify({ entry: JSON.parse(entry()) }), 'entry: unexpected field'],
    ['extra-field.json', entry({ verdict: 'refuted' }), 'verdict: unexpected field'],
    [
      'bad-exact-number.json',
      entry(described({ p: ['1/2', '1/2', '1/0'], T: '1' })),
      'counterexample.instance.p[2]: expected a string like "1/3"',
    ],
    [
      'number-not-string.json',
      entry(described({ p: ['1/2', 0.5], T: '1' })),
      'counterexample.instance.p[1]: expected a string, got 0.5',
    ],
    [
      'bad-bound.json',
      entry({ counterexample: { ...STORED_COUNTEREXAMPLE, certificate: { ...STORED_COUNTEREXAMPLE.certificate, hi: '0x10' } } }),
      'counterexample.certificate.hi: expected',
    ],
    [
      'bad-kind.json',
      entry({
        counterexample: { ...STORED_COUNTEREXAMPLE, certificate: { ...STORED_COUNTEREXAMPLE.certificate, kind: 'proof' } },
      }),
      'counterexample.certificate.kind: expected one of "interval"',
    ],
    ['unknown-check.json', entry({ check: 'A9' }), 'field "check" names an unknown check "A9"'],
    [
      'bad-weight.json',
      entry({ instance: { w: ['1', 'x'], T: '1' } }),
      'field "instance" is not an instance of A0: w[1] "x" is not a decimal number',
    ],
    ['unknown-operator.json', entry({ operator: 'nope' }), 'field "operator" names no built-in operator ("nope")'],
  ])('%s: one line naming the file and the field, exit 2', async (name, content, message) => {
    const path = content === undefined ? join(folder, name) : file(name, content);
    const { code, error } = await replay(path);
    expect(code).toBe(2);
    expect(error).toContain(path);
    expect(error).toContain(message);
  });

  it('a well-formed entry replays (the cases above fail for their defect alone)', async () => {
    vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    // power is a conforming operator: its output at w = (1, 1) is in the simplex
    expect(await runReplay(file('valid.json', entry()), { callTimeout: 2000 })).toBe(0);
  });

  it('code that throws at the stored instance: one line naming the input, exit 3 (an error, not a refutation)', async () => {
    const { code, error } = await replay(
      file('always-throws.json', entry({ operator: 'always-throws' })),
      'test/fixtures/plugins/always-throws.ts',
    );
    expect(code).toBe(3);
    expect(error).toMatch(
      /^kdaudit: could not re-certify A0 on always-throws at p = \(1\/2, 1\/2\), T = 1: threw: .*not implemented yet$/,
    );
  });

  it('from the command line: no stack trace', () => {
    const run = spawnSync(process.execPath, ['bin/kdaudit.js', 'replay', file('cli.json', '[1, 2')], {
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^kdaudit: \S+cli\.json is not a valid corpus entry: not valid JSON \([^\n]*\)\n$/);
  });
});
