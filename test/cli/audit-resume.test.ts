import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runAudit } from '../../cli/commands/audit.js';
import { JOURNAL_FILE } from '../../cli/journal/header.js';
import { renderAuditJson } from '../../reports/json.js';
import type { Audit } from '../../engine/result/model.js';
import { AUDIT_DEFAULTS, runInProcess } from '../fixtures/run-command.js';

/** Two softening operators (power-class/x/T the longest unit) and two statements. */
const SELECTION = [
  ...['--operator', 'power-class/x/T', 'convex-mixing/extrapolated'],
  ...['--statement', 'sparse-kd/theorem-V.1', 'sparse-kd/lemma-VI.1', '--effort', '0.02', '--mutants', '0'],
];
const UNITS = 4;
const root = mkdtempSync(join(tmpdir(), 'kdaudit-resume-'));
/** One corpus path for every run (replay commands name it), holding the committed corpus at the start of each run. */
const corpus = join(root, 'corpus');
const freshCorpus = () => {
  rmSync(corpus, { recursive: true, force: true });
  cpSync('counterexamples/corpus', corpus, { recursive: true });
};
const args = (dir: string, ...extra: string[]) => [
  'bin/kdaudit.js',
  'audit',
  ...SELECTION,
  '--corpus',
  corpus,
  '--out',
  dir,
  '--junit',
  join(dir, 'junit.xml'),
  ...extra,
];

function kdaudit(dir: string, ...extra: string[]) {
  const run = spawnSync(process.execPath, args(dir, ...extra), { encoding: 'utf8', timeout: 300_000 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** Every report of a run, audit.json without its wall times (`timings`), the others as written. */
function reports(dir: string) {
  const json = JSON.parse(readFileSync(join(dir, 'audit.json'), 'utf8')) as Audit;
  for (const op of [...json.operators, ...(json.aggregation ?? [])]) delete op.timings;
  const read = (file: string) => readFileSync(join(dir, file), 'utf8');
  return { json: renderAuditJson(json), md: read('audit.md'), html: read('audit.html'), junit: read('junit.xml') };
}

const journalLines = (dir: string) =>
  existsSync(join(dir, JOURNAL_FILE)) ? readFileSync(join(dir, JOURNAL_FILE), 'utf8').split('\n').filter(Boolean) : [];

let full: { dir: string; code: number | null };
beforeAll(() => {
  freshCorpus();
  const dir = join(root, 'uninterrupted');
  full = { dir, code: kdaudit(dir, '--workers', '2').code };
}, 300_000);

describe('kdaudit audit --resume: an interrupted audit, resumed, writes the reports of an uninterrupted one', () => {
  it('the uninterrupted run journals a header and one line per unit', () => {
    expect(full.code).toBe(1);
    expect(journalLines(full.dir)).toHaveLength(1 + UNITS);
  });

  it('cut after 2 units, with a third line half written: the resumed run runs the other 2 and writes the same reports', () => {
    const dir = join(root, 'cut');
    mkdirSync(dir);
    const [header, ...units] = journalLines(full.dir);
    writeFileSync(join(dir, JOURNAL_FILE), [header, units[0], units[1], units[2].slice(0, 200)].join('\n'));
    freshCorpus();
    const resumed = kdaudit(dir, '--workers', '1', '--resume');
    expect(resumed.stderr).toContain(
      `${join(dir, JOURNAL_FILE)}, line 4: cut off (no end of line: the run stopped while writing it): ignored`,
    );
    expect(resumed.stderr).toContain(`Resuming: 2 of ${UNITS} units finished`);
    // the two journaled units do not run again
    expect(resumed.stderr.match(/^\[\d\/4\] /gm)).toHaveLength(2);
    expect(resumed.code).toBe(full.code);
    expect(reports(dir)).toEqual(reports(full.dir));
    // the journal is whole again: every unit once, the cut-off line gone
    expect(journalLines(dir)).toHaveLength(1 + UNITS);
  }, 300_000);

  it('a unit the time budget cut short is not finished: --resume runs it again, and only it', () => {
    const dir = join(root, 'cut-short');
    mkdirSync(dir);
    const lines = journalLines(full.dir).map((line) => {
      const entry = JSON.parse(line) as { unit?: string; result?: Record<string, unknown> };
      return entry.unit === 'statement:sparse-kd/lemma-VI.1'
        ? JSON.stringify({ ...entry, result: { ...entry.result, incomplete: 'the time budget ran out' } })
        : line;
    });
    writeFileSync(join(dir, JOURNAL_FILE), lines.join('\n') + '\n');
    freshCorpus();
    const resumed = kdaudit(dir, '--workers', '1', '--resume');
    expect(resumed.stderr).toContain(`Resuming: ${UNITS - 1} of ${UNITS} units finished`);
    expect(resumed.stderr.match(/^\[\d\/4\] .*$/gm)).toEqual(['[4/4] sparse-kd/lemma-VI.1 …']);
    expect(reports(dir)).toEqual(reports(full.dir));
  }, 300_000);

  it('stopped by SIGINT on two workers: exit 130, the finished units kept, how to resume on stderr; resumed, the same reports', async () => {
    const dir = join(root, 'signal');
    freshCorpus();
    const child = spawn(process.execPath, args(dir, '--workers', '2'), { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += String(chunk)));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    // the two operators start first, the longest first: stop once the shorter has finished
    while (journalLines(dir).length < 2) await new Promise((r) => setTimeout(r, 50));
    child.kill('SIGINT');
    expect(await exited).toBe(130);
    const kept = journalLines(dir).length - 1;
    expect(kept).toBeGreaterThanOrEqual(1);
    expect(kept).toBeLessThan(UNITS);
    expect(stderr).toContain(
      `kdaudit audit: stopped by SIGINT with ${kept} of ${UNITS} units finished, kept in ${join(dir, JOURNAL_FILE)}; continue with: kdaudit audit`,
    );
    expect(stderr).toMatch(/continue with: kdaudit audit .* --workers 2 --resume\n/);
    expect(existsSync(join(dir, 'audit.json'))).toBe(false);
    const resumed = kdaudit(dir, '--workers', '2', '--resume');
    expect(resumed.stderr).toContain(`Resuming: ${kept} of ${UNITS} units finished`);
    expect(resumed.code).toBe(full.code);
    expect(reports(dir)).toEqual(reports(full.dir));
  }, 300_000);
});

describe('kdaudit audit --resume refuses what it cannot continue: one line, exit 2, no report written', () => {
  const options = (dir: string, over = {}) => ({
    ...AUDIT_DEFAULTS,
    operator: ['power-class/x/T'],
    statements: false,
    effort: 0.02,
    corpus,
    out: dir,
    resume: true,
    ...over,
  });

  it('a journal of another seed', async () => {
    const dir = join(root, 'other-seed');
    mkdirSync(dir);
    writeFileSync(join(dir, JOURNAL_FILE), readFileSync(join(full.dir, JOURNAL_FILE)));
    const run = await runInProcess(() =>
      runAudit(
        options(dir, {
          operator: ['power-class/x/T', 'convex-mixing/extrapolated'],
          statements: true,
          statement: ['sparse-kd/theorem-V.1', 'sparse-kd/lemma-VI.1'],
          seed: 7,
        }),
      ),
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      `kdaudit audit --resume: ${join(dir, JOURNAL_FILE)}: it is the journal of a different audit: its seed is 42, this run's is 7\n`,
    );
    expect(existsSync(join(dir, 'audit.json'))).toBe(false);
  });

  it('a journal of other units', async () => {
    const dir = join(root, 'other-units');
    mkdirSync(dir);
    writeFileSync(join(dir, JOURNAL_FILE), readFileSync(join(full.dir, JOURNAL_FILE)));
    const run = await runInProcess(() => runAudit(options(dir)));
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/: it is the journal of a different audit: its units differ \(4 units there, 1 here\)/);
  });

  it('no journal at all', async () => {
    const dir = join(root, 'none');
    const run = await runInProcess(() => runAudit(options(dir)));
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      `kdaudit audit --resume: ${join(dir, JOURNAL_FILE)}: there is no journal there to resume (run without --resume)\n`,
    );
    expect(existsSync(dir)).toBe(false);
  });
});
