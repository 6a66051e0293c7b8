import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCheckCommand } from '../../cli/commands/check.js';
import { VERDICTS } from '../../engine/verdicts.js';
import { CHECK_DEFAULTS, runInProcess } from '../fixtures/run-command.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'kdaudit-'));

function kdaudit(...args: string[]) {
  const result = spawnSync(process.execPath, ['bin/kdaudit.js', ...args], { encoding: 'utf8', timeout: 120_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A quick check: a tenth of the default cases, a private corpus; in-process unless `spawned`. */
async function check(plugin: string, spawned?: string[]) {
  const dir = tmp();
  const [json, junit, corpus, module] = [
    join(dir, 'result.json'),
    join(dir, 'result.xml'),
    join(dir, 'corpus'),
    `test/fixtures/plugins/${plugin}`,
  ];
  const run = spawned
    ? kdaudit('check', module, '--effort', '0.1', '--corpus', corpus, '--json', json, '--junit', junit, ...spawned)
    : await runInProcess(() => runCheckCommand(module, { ...CHECK_DEFAULTS, effort: 0.1, corpus, json, junit }));
  const parsed = run.code === 2 ? undefined : JSON.parse(readFileSync(json, 'utf8'));
  return { ...run, json: parsed, junit: run.code === 2 ? undefined : readFileSync(junit, 'utf8') };
}

describe('kdaudit check', () => {
  it('writes { operator, results } with one result per axiom and exits 1 when something is refuted', async () => {
    const { code, json, junit } = await check('power-exact.ts');
    expect(json.operator).toBe('user-power-exact');
    // the same results as JUnit: six testcases, the refuted axiom a failure carrying its counterexample
    expect(junit!.match(/<testcase /g)).toHaveLength(6);
    expect(junit).toMatch(
      /<testcase classname="user-power-exact" name="A5 [^"]*">\s*<failure type="refuted" message="p = [^"]*replay: npx kdaudit/,
    );
    expect(json.results.map((r: { id: string }) => r.id)).toEqual(['A0', 'A1', 'A2', 'A3', 'A4', 'A5']);
    for (const r of json.results) expect(VERDICTS).toContain(r.verdict);
    // temperature scaling keeps zeros at zero, so T → ∞ does not reach uniform on the closed simplex
    const a5 = json.results.find((r: { id: string }) => r.id === 'A5');
    expect(a5.verdict).toBe('refuted');
    // a limit rests on a sequence: evidence, each term established by applyExact at two precisions
    expect(a5.counterexample.certificate.kind).toBe('sequence-evidence');
    expect(a5.counterexample.certificate.terms).toBe('decimal-agreement');
    expect(json.results.filter((r: { verdict: string }) => r.verdict === 'refuted')).toHaveLength(1);
    expect(code).toBe(1);
  });

  it('checks an aggregation module against every reading of B1–B5, one result per reading', async () => {
    const { code, json } = await check('linear-pool.ts');
    expect(json.operator).toBe('user-linear-pool');
    const keys = json.results.map((r: { id: string; variant: string }) => `${r.id}/${r.variant}`);
    expect(keys).toContain('B1/hull');
    expect(keys).toContain('B5/reparametrised');
    expect(new Set(json.results.map((r: { id: string }) => r.id))).toEqual(new Set(['B1', 'B2', 'B3', 'B4', 'B5']));
    // the pool ignores T: it cannot commute with softening, nor follow the teachers softened at T;
    // every reading against the teachers themselves holds
    const refuted = json.results
      .filter((r: { verdict: string }) => r.verdict === 'refuted')
      .map((r: { id: string; variant: string }) => `${r.id}/${r.variant}`);
    // (float64-only code is refuted only in the float-safe range, 1/16 ≤ T ≤ 16: at a tenth of the
    // cases the KL readings toward the softened teacher may or may not be reached there)
    const ignoresT = ['B1/hull-softened', 'B3/kl-softened', 'B3/reverse-kl-softened', 'B3/tv-softened', 'B5/commutes'];
    expect(refuted.every((k: string) => ignoresT.includes(k))).toBe(true);
    expect(refuted).toEqual(expect.arrayContaining(['B1/hull-softened', 'B3/tv-softened', 'B5/commutes']));
    expect(code).toBe(1);
  });

  // spawned: a hanging call is killed with its worker, and the CLI process must go on
  it('turns a hanging operator into findings naming the input, and still runs every axiom', async () => {
    const { json } = await check('hangs.ts', ['--call-timeout', '200', '--budget', '12']);
    expect(json.results).toHaveLength(6);
    // A5 is judged at T = 10 … 1e256, where every call hangs: the check could not run
    expect(json.results[5].verdict).toBe('error');
    expect(json.results[4].verdict).toBe('holds');
    const findings = json.results.flatMap((r: { findings: { message: string }[] }) => r.findings.map((f) => f.message));
    expect(findings.some((m: string) => m.startsWith('timeout:') && m.includes('T = '))).toBe(true);
  });

  it('refutes A0 for NaN outputs with a certified counterexample', async () => {
    const { json } = await check('nan.ts');
    const a0 = json.results[0];
    expect(a0.verdict).toBe('refuted');
    expect(a0.certified).toBe(true);
    expect(a0.counterexample.instance.p).toHaveLength(2);
  });

  it('exits 2 on load errors and usage errors, writing nothing', async () => {
    const broken = await check('no-default.js');
    expect(broken.code).toBe(2);
    expect(broken.stderr).toContain('no default export');
    expect(kdaudit('check').code).toBe(2);
    expect(kdaudit('check', 'test/fixtures/plugins/power.ts', '--budget', 'soon').code).toBe(2);
  });
});
