import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCheckCommand } from '../../cli/commands/check.js';
import { EXIT, exitCodeOf } from '../../cli/exit-codes.js';
import { CHECK_DEFAULTS, runInProcess } from '../fixtures/run-command.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'kdaudit-det-'));

/**
 * `kdaudit check` writing into `dir`, its corpus emptied first (a stored counterexample would change
 * a second run's evidence; the same folder keeps the replay commands the same).
 */
function check(plugin: string, dir: string, ...extra: string[]) {
  rmSync(join(dir, 'corpus'), { recursive: true, force: true });
  const json = join(dir, 'result.json');
  const run = spawnSync(
    process.execPath,
    ['bin/kdaudit.js', 'check', `test/fixtures/plugins/${plugin}`, '--corpus', join(dir, 'corpus'), '--json', json, ...extra],
    { encoding: 'utf8', timeout: 300_000 },
  );
  return { code: run.status, stdout: run.stdout, json: run.status === 2 ? '' : readFileSync(json, 'utf8') };
}

const hogs: ChildProcess[] = [];
afterAll(() => hogs.forEach((h) => h.kill('SIGKILL')));

describe('a verdict depends on the seed, the effort and the inputs only', () => {
  it('the same check twice, the second beside two CPU hogs, writes byte-identical JSON', () => {
    const dir = tmp();
    const quiet = check('power.ts', dir, '--effort', '0.05', '--seed', '3');
    for (let k = 0; k < 2; k++) hogs.push(spawn(process.execPath, ['-e', 'for(;;){}'], { stdio: 'ignore' }));
    const busy = check('power.ts', dir, '--effort', '0.05', '--seed', '3');
    hogs.forEach((h) => h.kill('SIGKILL'));
    expect(quiet.code).toBe(EXIT.refuted);
    expect(busy.json).toBe(quiet.json);
    // no wall time anywhere in the results
    expect(quiet.json).not.toMatch(/\d+\.\d s\b|elapsed|"ms"/);
  });
});

describe('the time budget is a safety net that holds', () => {
  it('a plugin that busy-waits 1.5 s per call stays within --budget 4: the checks it cuts short are marked incomplete, exit 3', () => {
    const started = Date.now();
    const { code, json } = check('busy.ts', tmp(), '--budget', '4', '--call-timeout', '5000');
    const seconds = (Date.now() - started) / 1000;
    expect(code).toBe(EXIT.incomplete);
    const results = JSON.parse(json).results as Array<{ verdict: string; incomplete?: string }>;
    expect(results.filter((r) => r.incomplete).length).toBeGreaterThan(0);
    expect(results.every((r) => r.verdict !== 'refuted')).toBe(true);
    // the budget plus start-up (loading tsx and the worker takes seconds on a busy machine)
    expect(seconds).toBeLessThan(45);
  });
});

describe('exit codes', () => {
  // in-process: runCheckCommand's exit code (main.ts sets it as the process's)
  it('a plugin that throws on every call errors on every axiom: exit 3, and the line says why', async () => {
    const dir = tmp();
    const json = join(dir, 'result.json');
    const options = { ...CHECK_DEFAULTS, effort: 0.05, corpus: join(dir, 'corpus'), json };
    const { code, stdout } = await runInProcess(() => runCheckCommand('test/fixtures/plugins/always-throws.ts', options));
    expect(code).toBe(EXIT.incomplete);
    expect(stdout).toMatch(/could not check A0, A1, A2, A3, A4, A5/);
    expect(JSON.parse(readFileSync(json, 'utf8')).results.every((r: { verdict: string }) => r.verdict === 'error')).toBe(true);
  });

  it('refuted wins; errors or cut-short checks without a refutation give 3; otherwise 0', () => {
    expect(exitCodeOf([{ verdict: 'holds' }, { verdict: 'refuted' }, { verdict: 'error' }])).toBe(EXIT.refuted);
    expect(exitCodeOf([{ verdict: 'conditional' }])).toBe(EXIT.refuted);
    expect(exitCodeOf([{ verdict: 'holds' }, { verdict: 'error' }])).toBe(EXIT.incomplete);
    expect(exitCodeOf([{ verdict: 'holds', incomplete: 'the budget ran out' }])).toBe(EXIT.incomplete);
    expect(exitCodeOf([{ verdict: 'holds' }, { verdict: 'proved' }, { verdict: 'unfalsifiable' }])).toBe(EXIT.ok);
  });
});
