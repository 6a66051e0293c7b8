import { checkKey } from '../../engine/check.js';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mergePartials, PARTIAL_FILE, type PartialAudit } from '../../cli/parallel/partial.js';
import { recordedCommand } from '../../cli/parallel/recorded-command.js';
import { unitFailure } from '../../cli/parallel/run-unit.js';
import { assignShards, parseShard } from '../../cli/parallel/shard.js';
import { unitKey, type AuditUnit } from '../../cli/parallel/units.js';
import { TOOL_VERSION } from '../../cli/version.js';
import { statementClaims } from '../../properties/registry.js';
import type { OperatorAudit, StatementResult } from '../../engine/result/model.js';

describe('assignShards: greedy longest processing time', () => {
  it('puts the expensive unit alone where unit order would pair it (costs 1, 1, 4 on two shards)', () => {
    expect(assignShards([1, 1, 4], 2)).toEqual([1, 1, 0]);
  });

  it('breaks equal costs by unit order and equal loads by the lowest shard', () => {
    expect(assignShards([1, 1], 2)).toEqual([0, 1]);
    expect(assignShards([2, 5, 2, 5], 2)).toEqual([0, 0, 1, 1]);
  });

  it('gives every unit one shard, and no shard more than the mean plus the largest unit', () => {
    const costs = Array.from({ length: 40 }, (_, k) => ((k * 7919) % 97) / 3 + 0.5);
    for (const count of [1, 2, 3, 7]) {
      const shardOf = assignShards(costs, count);
      expect(shardOf.every((s) => Number.isInteger(s) && s >= 0 && s < count)).toBe(true);
      const load = (s: number) => costs.reduce((sum, c, k) => sum + (shardOf[k] === s ? c : 0), 0);
      const bound = costs.reduce((a, b) => a + b, 0) / count + Math.max(...costs);
      for (let s = 0; s < count; s++) expect(load(s)).toBeLessThanOrEqual(bound);
    }
  });
});

describe('--shard i/n', () => {
  it('accepts whole 1 ≤ i ≤ n and refuses anything else', () => {
    expect(parseShard('2/3')).toEqual({ index: 2, count: 3 });
    expect(parseShard('1/1')).toEqual({ index: 1, count: 1 });
    for (const bad of ['0/3', '4/3', '1/0', '1.5/3', '2', 'a/b', '-1/3', '1/3/5'])
      expect(() => parseShard(bad), bad).toThrow(/i\/n/);
  });
});

describe('the recorded command', () => {
  it('leaves out where the reports go and how the work is spread, with their values, and keeps the rest in order', () => {
    const args = [
      'audit',
      '--operator',
      'power',
      '--out',
      'o',
      '--workers=2',
      '--shard',
      '1/3',
      '--junit',
      'j.xml',
      '--effort',
      '0.05',
      '--out=p',
    ];
    expect(recordedCommand(args)).toBe('kdaudit audit --operator power --effort 0.05');
    expect(recordedCommand(['audit', '--seed', '3'])).toBe('kdaudit audit --seed 3');
  });
});

describe('a unit whose worker died', () => {
  const settings = { seed: 42, effort: 1, budget: 600, corpus: 'c' };
  it('an operator: every check an error naming the unit, one per column', () => {
    const audit = unitFailure({ kind: 'softening', operator: 'power' }, settings, 'out of memory') as OperatorAudit;
    // one column per check the unit runs: A0–A5 and the large-vocabulary stage (A0, A1, A3 at large V)
    expect(audit.results.map(checkKey)).toEqual(['A0', 'A1', 'A2', 'A3', 'A4', 'A5', 'A0/large-V', 'A1/large-V', 'A3/large-V']);
    expect(audit.results.every((r) => r.verdict === 'error')).toBe(true);
    expect(
      audit.results.every((r) => r.evidence.summary.includes('softening:power') && r.evidence.summary.includes('out of memory')),
    ).toBe(true);
  });

  it('a mutation analysis: no analysis, and why, for its operator', () => {
    expect(unitFailure({ kind: 'mutation', operator: 'power', maxMutants: 2 }, settings, 'out of memory')).toEqual({
      mutationOf: 'power',
      failure: 'the run of mutation:power stopped before it gave a result (out of memory)',
    });
  });

  it('a statement: the statement and each step of its derivation an error naming the unit', () => {
    const claim = statementClaims().find((c) => (c.obligations?.length ?? 0) > 0)!;
    const unit: AuditUnit = { kind: 'statement', id: claim.id, ...(claim.variant ? { variant: claim.variant } : {}) };
    const result = unitFailure(unit, settings, 'crashed') as StatementResult;
    expect(result.verdict).toBe('error');
    expect(result.evidence.summary).toContain(unitKey(unit));
    expect(result.obligations).toHaveLength(claim.obligations!.length);
    expect(result.obligations.every((o) => o.verdict === 'error')).toBe(true);
  });
});

describe('kdaudit merge: the partial files are checked before anything is merged', () => {
  const power: AuditUnit = { kind: 'softening', operator: 'power' };
  const lemma: AuditUnit = { kind: 'statement', id: 'sparse-kd/lemma-VI.1' };
  const pool: AuditUnit = { kind: 'aggregation', operator: 'linear-pool/soften-then-aggregate' };
  const config = { seed: 42, effort: 0.05, budgetMs: 600_000, precision: 50, command: 'kdaudit audit' };
  // results of the full shape a unit gives (here: a unit whose worker died), cheap to make
  const resultOf = (unit: AuditUnit) => unitFailure(unit, { seed: 42, effort: 0.05, budget: 600, corpus: 'c' }, 'a test result');
  const partial = (index: number, units: AuditUnit[], change: Partial<PartialAudit> = {}) => ({
    kind: 'kdaudit-partial',
    schemaVersion: 1,
    tool: { name: 'kdaudit', version: TOOL_VERSION },
    config,
    effort: 0.05,
    shard: { index, count: 2 },
    units: [power, pool, lemma].map(unitKey),
    results: units.map((unit) => ({ unit, result: resultOf(unit) })),
    ...change,
  });
  const folder = (content: unknown) => {
    const dir = mkdtempSync(join(tmpdir(), 'kdaudit-partial-'));
    writeFileSync(join(dir, PARTIAL_FILE), typeof content === 'string' ? content : JSON.stringify(content));
    return dir;
  };
  const problem = (...dirs: string[]) => {
    const merged = mergePartials(dirs);
    return merged.ok ? 'merged' : merged.problem;
  };

  it('merges complete shards into the units in report order, whatever the order of the folders', () => {
    const merged = mergePartials([folder(partial(2, [pool])), folder(partial(1, [power, lemma]))]);
    expect(merged.ok && merged.units).toEqual([power, pool, lemma]);
  });

  it('refuses a missing shard, a shard given twice, a foreign unit, another audit, another version, a malformed file', () => {
    const one = folder(partial(1, [power, lemma]));
    const two = folder(partial(2, [pool]));
    expect(problem(one)).toMatch(
      /1 unit\(s\) in no shard given \(1\/2\), e\.g\. aggregation:linear-pool\/soften-then-aggregate: a shard is missing/,
    );
    expect(problem(one, two, one)).toMatch(/softening:power was run twice/);
    const foreign: AuditUnit = { kind: 'softening', operator: 'power-class/x/T' };
    expect(problem(one, folder(partial(2, [pool, foreign])))).toMatch(
      /holds softening:power-class\/x\/T, which is not one of the audit's units/,
    );
    expect(problem(one, folder(partial(2, [pool], { config: { ...config, effort: 1 }, effort: 1 })))).toMatch(
      /different audit .*config/,
    );
    expect(problem(one, folder(partial(2, [pool], { effort: 1 })))).toMatch(/effort: 1 differs from config.effort 0.05/);
    expect(problem(one, folder(partial(2, [pool], { config: { ...config, seed: 7 } })))).toMatch(/different audit .*config/);
    expect(problem(one, folder(partial(2, [pool], { shard: { index: 2, count: 3 } })))).toMatch(/not one split/);
    expect(problem(one, folder(partial(2, [pool], { tool: { name: 'kdaudit', version: '0.0.1' } })))).toMatch(
      /written by kdaudit 0\.0\.1/,
    );
    expect(problem(one, folder(partial(2, [pool], { units: ['softening:no-such'] })))).toMatch(/unknown unit softening:no-such/);
    expect(problem(one, folder({ ...partial(2, []), results: [{ unit: pool, result: resultOf(power) }] }))).toMatch(
      /results\[0\]: not the result of linear-pool/,
    );
    expect(problem(one, folder('{"kind": "kdaudit-partial", '))).toMatch(/not valid JSON/);
    expect(problem(one, mkdtempSync(join(tmpdir(), 'kdaudit-partial-')))).toMatch(/cannot be read/);
    expect(problem(one, two)).toBe('merged');
  });

  it('validates every field against the partial schema first: one line naming the field', () => {
    const one = folder(partial(1, [power, lemma]));
    const valid = partial(2, [pool]);
    const [run] = valid.results as Array<{ unit: AuditUnit; result: OperatorAudit }>;
    const withResult = (result: unknown) => folder({ ...valid, results: [{ unit: pool, result }] });
    const check = run.result.results[0];
    expect(problem(one, folder({ ...valid, kind: 'report' }))).toMatch(
      /partial\.json: kind: expected "kdaudit-partial", got "report"$/,
    );
    expect(problem(one, folder({ ...valid, schemaVersion: 2 }))).toMatch(/schemaVersion: expected 1, got 2$/);
    expect(problem(one, folder({ ...valid, config: { ...config, seed: '42' } }))).toMatch(
      /config\.seed: expected a number, got "42"$/,
    );
    expect(problem(one, folder({ ...valid, shard: undefined }))).toMatch(/shard: missing \(expected an object\)$/);
    expect(problem(one, withResult({ ...run.result, results: [{ ...check, verdict: 'fine' }] }))).toMatch(
      /results\[0\]\.result\.results\[0\]\.verdict: expected one of "proved", .*got "fine"$/,
    );
    expect(
      problem(one, withResult({ ...run.result, results: [{ ...check, evidence: { ...check.evidence, seed: 1.5 } }] })),
    ).toMatch(/results\[0\]\.result\.results\[0\]\.evidence\.seed: expected an integer, got 1\.5$/);
    expect(problem(one, folder({ ...valid, results: [{ unit: { ...pool, kind: 'operator' }, result: run.result }] }))).toMatch(
      /results\[0\]\.unit\.kind: expected one of "softening", "aggregation", "statement", "mutation", got "operator"$/,
    );
    expect(problem(one, folder({ partial: valid }))).toMatch(/partial: unexpected field$/);
    expect(problem(one, folder('[]'))).toMatch(/\(top level\): expected an object, got an array$/);
  });
});
