import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { largeVocabularyChecks } from '../../axioms/softening.js';
import { CLI_MAX_V, vocabularySize } from '../../cli/option-parsers.js';
import { LARGE_MAX_V } from '../../engine/domains/large-vocabulary.js';
import { BINARY_ARRAY_MIN_LENGTH, STATE, read, write } from '../../plugin/protocol.js';
import { DEFAULT_CONTEXT } from '../../engine/context.js';
import { float64 } from '../../engine/num/index.js';
import { softeningLoader } from '../fixtures/load-plugin.js';

const load = softeningLoader();

describe('long number arrays across the worker boundary', () => {
  it('travel as raw doubles, several in one message, in order, NaN, ±∞, −0 and subnormals intact', () => {
    const control = new Int32Array(new SharedArrayBuffer(8));
    const data = new Uint8Array(new SharedArrayBuffer(1 << 20));
    const long = (k: number) => Array.from({ length: BINARY_ARRAY_MIN_LENGTH + k }, (_, i) => i + k / 10);
    const special = [...long(3)];
    special.splice(0, 5, NaN, Infinity, -Infinity, -0, 5e-324);
    const message = {
      method: 'aggregate',
      teachers: [long(1), special],
      weights: long(2),
      short: [NaN, -0],
      name: '{"f64":0,"n":2}',
    };
    expect(write(control, data, STATE.request, message)).toBe(true);
    // the JSON part is small: the arrays are not in it
    expect(Atomics.load(control, 1)).toBeLessThan(200);
    const back = read<typeof message>(control, data);
    expect(back.teachers[0]).toEqual(long(1));
    expect(back.weights).toEqual(long(2));
    expect(back.teachers[1].slice(0, 5)).toEqual([NaN, Infinity, -Infinity, -0, 5e-324]);
    expect(Object.is(back.teachers[1][3], -0)).toBe(true);
    expect(back.short).toEqual([NaN, 0]);
    expect(back.name).toBe('{"f64":0,"n":2}');
  });

  it('refuses a message larger than the buffer rather than writing past it', () => {
    const control = new Int32Array(new SharedArrayBuffer(8));
    const data = new Uint8Array(new SharedArrayBuffer(4096));
    expect(write(control, data, STATE.request, { p: new Array<number>(600).fill(1) })).toBe(false);
  });

  it('a plugin in its worker is screened at V = 262 144 and returns what it computed', () => {
    const op = load('power-large-v.ts', { callTimeoutMs: 20_000 });
    const [simplex, ranking] = largeVocabularyChecks();
    const x = { source: 'zipf' as const, V: 262_144, s: '1.1', tie: 2, zeros: 100, subnormal: 0, shuffle: 5, T: '2' };
    expect(simplex.screen(op, x, DEFAULT_CONTEXT)).toBeGreaterThanOrEqual(-DEFAULT_CONTEXT.screenTolerance);
    expect(ranking.screen(op, x, DEFAULT_CONTEXT)).toBeGreaterThan(0);
    const p = Array.from({ length: 262_144 }, (_, i) => (i % 7) + 1);
    const F = op.apply(float64, p, 1);
    expect(F).toHaveLength(262_144);
    expect(F[6] / F[0]).toBeCloseTo(7, 12);
  });
});

describe('kdaudit check --max-V', () => {
  it.each(['1', '1000.5', 'many', '1e6'])('rejects %s: an integer from 2 to 262 144', (value) => {
    expect(() => vocabularySize(value)).toThrow('not an integer from 2 to 262144');
  });

  it("accepts both ends; the command line's limit is the engine's", () => {
    expect([vocabularySize('2'), vocabularySize('262144')]).toEqual([2, 262_144]);
    expect(CLI_MAX_V).toBe(LARGE_MAX_V);
  });

  // one run of the CLI (seconds on a busy machine) for the wiring: one line, exit 2, nothing on stdout
  it('exits 2 with one line saying the range', () => {
    const args = ['bin/kdaudit.js', 'check', 'test/fixtures/plugins/power.ts', '--max-V', '262145'];
    const result = spawnSync(process.execPath, args, { encoding: 'utf8', timeout: 60_000 });
    expect(result.stderr.trim()).toBe(
      "error: option '--max-V <n>' argument '262145' is invalid. not an integer from 2 to 262144",
    );
    expect(result.stdout).toBe('');
    expect(result.status).toBe(2);
  });
});
