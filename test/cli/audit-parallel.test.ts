import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { JOURNAL_FILE } from '../../cli/journal/header.js';
import { PARTIAL_FILE, type PartialAudit } from '../../cli/parallel/partial.js';
import { unitKey } from '../../cli/parallel/units.js';
import { renderAuditJson } from '../../reports/json.js';
import type { Audit } from '../../engine/result/model.js';

/**
 * A small but real selection: two softening operators (one refuted), an aggregation operator (so
 * existence claims are computed), two statements; the committed corpus makes the refutations cheap.
 */
const SELECTION = [
  ...['--operator', 'power-class/x/T', 'convex-mixing/extrapolated', 'power-mean/r=-1/soften-then-aggregate'],
  ...['--statement', 'sparse-kd/theorem-V.1', 'sparse-kd/lemma-VI.1', '--effort', '0.02'],
  // one mutant of each operator: the mutation units must be as deterministic as the others
  ...['--mutants', '1'],
];
const root = mkdtempSync(join(tmpdir(), 'kdaudit-parallel-'));
/** One corpus path for every run (replay commands name it), holding the committed corpus at the start of each run. */
const corpus = join(root, 'corpus');
const freshCorpus = () => {
  rmSync(corpus, { recursive: true, force: true });
  cpSync('counterexamples/corpus', corpus, { recursive: true });
};

function kdaudit(...args: string[]) {
  const run = spawnSync(process.execPath, ['bin/kdaudit.js', ...args], { encoding: 'utf8', timeout: 300_000 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** An audit of the selection into a new folder under root, from the committed corpus. */
function audit(name: string, ...extra: string[]) {
  freshCorpus();
  const dir = join(root, name);
  return {
    dir,
    ...kdaudit('audit', ...SELECTION, '--corpus', corpus, '--out', dir, '--junit', join(dir, 'junit.xml'), ...extra),
  };
}

/**
 * Every report of a run. audit.json keeps each operator's wall times (`timings`) on purpose, the
 * one part that depends on the machine: it is compared with them removed and everything else byte
 * for byte, as rendered; the other reports are compared as written.
 */
function reports(dir: string) {
  const json = JSON.parse(readFileSync(join(dir, 'audit.json'), 'utf8')) as Audit;
  for (const op of [...json.operators, ...(json.aggregation ?? [])]) delete op.timings;
  const read = (file: string) => readFileSync(join(dir, file), 'utf8');
  return { json: renderAuditJson(json), md: read('audit.md'), html: read('audit.html'), junit: read('junit.xml') };
}

let full: ReturnType<typeof audit>;
beforeAll(() => {
  full = audit('workers-1', '--workers', '1');
}, 300_000);

describe('kdaudit audit --workers: the same reports whatever the number of workers', () => {
  it('1 and 2 workers write the same audit.md, audit.html and JUnit bytes, and audit.json but for wall times', () => {
    const two = audit('workers-2', '--workers', '2');
    expect([full.code, two.code]).toEqual([1, 1]);
    const [one, other] = [reports(full.dir), reports(two.dir)];
    // a real selection: refutations with replay commands, existence claims, statements
    const parsed = JSON.parse(one.json) as Audit;
    expect(
      parsed.operators
        .flatMap((o) => o.results)
        .some((r) => r.verdict === 'refuted' && r.counterexample?.replay.includes(corpus)),
    ).toBe(true);
    expect(parsed.existence?.length).toBeGreaterThan(0);
    expect(parsed.statements?.map((s) => s.id)).toEqual(['sparse-kd/theorem-V.1', 'sparse-kd/lemma-VI.1']);
    expect(parsed.config.command).toBe(`kdaudit audit ${SELECTION.join(' ')} --corpus ${corpus}`);
    expect(other).toEqual(one);
    // progress from both workers on stderr, weighted by the cost table; stdout only the summary
    // 3 operators, 2 statements and the 3 operators' mutation analyses
    expect(two.stderr).toContain('[8/8 done, 100% of the expected work');
    expect(two.stderr).toMatch(/^\[2\/8\] convex-mixing\/extrapolated …$/m);
    expect(two.stderr).toMatch(/convex-mixing\/extrapolated +A0 +refuted/);
    expect(two.stdout).not.toMatch(/expected work|…/);
  }, 300_000);
});

describe('kdaudit audit --shard i/n and kdaudit merge', () => {
  const shards = [1, 2, 3].map((i) => join(root, `shard-${i}`));
  let runs: Array<{ code: number | null }>;
  beforeAll(() => {
    freshCorpus();
    // one shard on two workers, as a CI runner would; all three share one corpus, as the units of one run do
    runs = shards.map((dir, k) =>
      kdaudit('audit', ...SELECTION, '--corpus', corpus, '--out', dir, '--shard', `${k + 1}/3`, '--workers', k === 0 ? '2' : '1'),
    );
  }, 300_000);

  it('shards 1/3, 2/3, 3/3 each write a partial file and a journal, no report, and run every unit once between them', () => {
    expect(runs.map((r) => r.code)).toEqual([0, 0, 0]);
    // and the journal of each shard's units, which --resume continues
    shards.forEach((dir) => expect(readdirSync(dir)).toEqual([JOURNAL_FILE, PARTIAL_FILE]));
    const partials = shards.map((dir) => JSON.parse(readFileSync(join(dir, PARTIAL_FILE), 'utf8')) as PartialAudit);
    const ran = partials.flatMap((p) => p.results.map((r) => unitKey(r.unit)));
    expect(ran).toHaveLength(8);
    expect(new Set(ran).size).toBe(8);
  });

  it('merged, they write the reports of the unsharded run', () => {
    const out = join(root, 'merged');
    const merge = kdaudit('merge', ...[...shards].reverse(), '--out', out, '--junit', join(out, 'junit.xml'));
    expect(merge.code).toBe(1);
    expect(reports(out)).toEqual(reports(full.dir));
  }, 120_000);

  it('a missing or duplicated shard is refused in one line, exit 2, and nothing is written', () => {
    const out = join(root, 'refused');
    const missing = kdaudit('merge', shards[0], shards[1], '--out', out);
    expect(missing.code).toBe(2);
    expect(missing.stderr.trim().split('\n')).toHaveLength(1);
    expect(missing.stderr).toMatch(/^kdaudit merge: \d unit\(s\) in no shard given .*: a shard is missing$/m);
    const twice = kdaudit('merge', shards[0], shards[1], shards[2], shards[1], '--out', out);
    expect(twice.code).toBe(2);
    expect(twice.stderr).toMatch(/was run twice, in .* \(a shard given twice\?\)/);
    expect(existsSync(out)).toBe(false);
  }, 120_000);
});
