import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runAudit } from '../../cli/commands/audit.js';
import { AUDIT_DEFAULTS, runInProcess } from '../fixtures/run-command.js';

function kdaudit(...args: string[]) {
  const result = spawnSync(process.execPath, ['bin/kdaudit.js', ...args], { encoding: 'utf8', timeout: 180_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('kdaudit audit and replay', () => {
  it('writes the Markdown and JSON reports, shows progress, and stores replayable counterexamples', () => {
    const dir = mkdtempSync(join(tmpdir(), 'audit-'));
    const corpus = join(dir, 'corpus');
    const args = [
      '--operator',
      'power',
      'convex-mixing/extrapolated',
      '--statement',
      'sparse-kd/lemma-VI.1',
      '--effort',
      '0.05',
      '--mutants',
      '2',
    ];
    const run = kdaudit('audit', ...args, '--out', dir, '--corpus', corpus);
    // something is refuted (power's A5, extrapolated mixing's A0): exit 1, reports written all the same
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('[2/5] convex-mixing/extrapolated');
    expect(run.stderr).toContain('[3/5] sparse-kd/lemma-VI.1');
    expect(run.stderr).toContain('[4/5] mutants of power');
    const audit = JSON.parse(readFileSync(join(dir, 'audit.json'), 'utf8'));
    expect(audit.schemaVersion).toBe(1);
    expect(audit.operators.map((o: { operator: string }) => o.operator)).toEqual(['power', 'convex-mixing/extrapolated']);
    const md = readFileSync(join(dir, 'audit.md'), 'utf8');
    expect(md).toContain('| operator | A0 | A1 | A2 | A3 | A4 | A5 | A0/large-V | A1/large-V | A3/large-V |');
    expect(audit.statements.map((s: { id: string }) => s.id)).toEqual(['sparse-kd/lemma-VI.1']);
    expect(md).toMatch(/\| \[Lemma VI\.1\]\(#sparse-kd-lemma-vi-1\) \| Shift-invariance \| \*\*holds\*\*/);
    // the HTML report is written by default, with each operator's entropy curves from the result model
    expect(run.stdout).toContain(join(dir, 'audit.html'));
    expect(readFileSync(join(dir, 'audit.html'), 'utf8')).toContain('<svg class="plot entropy"');
    expect(audit.operators[0].curves.map((c: { label: string }) => c.label)).toEqual(['interior', 'with zeros', 'with ties']);
    // each operator's mutation analysis: two mutants of its source, each killed, equivalent or surviving, shown in the reports
    for (const op of audit.operators)
      expect(op.mutation.mutants.filter((m: { status: string }) => m.status !== 'no-coverage').length).toBe(2);
    expect(md).toContain('Mutation analysis: power');
    // α = 1/T > 1 below T = 1 pushes a zero coordinate negative
    const a0 = audit.operators[1].results[0];
    expect(a0.verdict).toBe('refuted');
    expect(readdirSync(corpus)).toContain('A0__convex-mixing_extrapolated.c95a4d97.json');

    const replay = kdaudit('replay', join(corpus, 'A0__convex-mixing_extrapolated.c95a4d97.json'));
    expect(replay.code).toBe(1);
    expect(replay.stdout).toContain('still fails: A0 on convex-mixing/extrapolated');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  // in-process from here on: runAudit with the options the parser would give it
  it('skips the HTML report with --no-html', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'audit-'));
    const options = {
      ...AUDIT_DEFAULTS,
      statement: ['sparse-kd/lemma-VI.1'],
      effort: 0.05,
      html: false,
      out: dir,
      corpus: join(dir, 'corpus'),
    };
    const run = await runInProcess(() => runAudit(options));
    expect(run.code).toBe(0);
    expect(readdirSync(dir)).not.toContain('audit.html');
    expect(run.stdout).not.toContain('audit.html');
  });

  it('rejects an unknown operator or statement with exit code 2 and writes nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'audit-'));
    const run = await runInProcess(() => runAudit({ ...AUDIT_DEFAULTS, operator: ['no-such-operator'], out: dir }));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('unknown operator no-such-operator');
    const statement = await runInProcess(() => runAudit({ ...AUDIT_DEFAULTS, statement: ['sparse-kd/theorem-XX.9'], out: dir }));
    expect(statement.code).toBe(2);
    expect(statement.stderr).toContain('unknown statement sparse-kd/theorem-XX.9');
    expect(existsSync(join(dir, 'audit.json'))).toBe(false);
  });
});
