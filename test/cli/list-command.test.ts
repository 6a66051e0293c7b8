import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { runList } from '../../cli/commands/list.js';
import { runInProcess } from '../fixtures/run-command.js';

const kdaudit = (...args: string[]) =>
  spawnSync(process.execPath, ['bin/kdaudit.js', ...args], { encoding: 'utf8', timeout: 60_000 });

describe('kdaudit list', () => {
  it('prints the catalogue of every registered paper from its claims, in paper order, without running a check', () => {
    const run = kdaudit('list');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^ensemble-kd: Multi-Teacher Ensemble Distillation.*\(arXiv 2601\.09165; /);
    expect(run.stdout).toMatch(
      /^sparse-kd: Sparse Knowledge Distillation.*\(arXiv 2601\.03195; .*\)\n\d+ statements in the paper's list, \d+ with claims\./m,
    );
    expect(run.stdout).toMatch(
      /sparse-kd\/lemma-VI\.1 +§VI +Lemma VI\.1 — Shift-invariance +\(properties\/sparse-kd\/claims\/lemma-VI\.1\.ts\)/,
    );
    expect(run.stdout).toMatch(/ensemble-kd\/jensen +guarantee on every aggregation operator \[squared\]/);
    expect(run.stdout).not.toMatch(/NO CLAIM|NOT IN THE PAPER'S LIST/);
    const lines = run.stdout.split('\n');
    expect(lines.findIndex((l) => l.includes('lemma-VI.1'))).toBeGreaterThan(lines.findIndex((l) => l.includes('theorem-V.3')));
  });

  it('prints JSON on request', async () => {
    const papers = JSON.parse((await runInProcess(() => runList({ json: true }))).stdout);
    const sparse = papers.find((p: { paper: { id: string } }) => p.paper.id === 'sparse-kd');
    expect(sparse.rows.find((r: { id: string }) => r.id === 'sparse-kd/lemma-VI.1').claims[0]).toMatchObject({
      kind: 'statement',
      label: 'Lemma VI.1',
      section: 'VI',
    });
    expect(sparse.operators.softening).toContain('power');
  });
});
