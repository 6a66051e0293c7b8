import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { runList } from '../../cli/commands/list.js';
import { runInProcess } from '../fixtures/run-command.js';

const kdaudit = (...args: string[]) => spawnSync(process.execPath, ['bin/kdaudit.js', ...args], { encoding: 'utf8', timeout: 60_000 });

describe('kdaudit list', () => {
  it('prints the catalogue from the claim files, in paper order, without running a check', () => {
    const run = kdaudit('list');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Sparse-KD: \d+ statements in the paper's list, \d+ with claims\./);
    expect(run.stdout).toMatch(/sparse-kd\/lemma-VI\.1 +§VI +Lemma VI\.1 — Shift-invariance +\(properties\/sparse-kd\/lemma-VI\.1\.ts\)/);
    const lines = run.stdout.split('\n');
    expect(lines.findIndex((l) => l.includes('lemma-VI.1'))).toBeGreaterThan(lines.findIndex((l) => l.includes('theorem-V.3')));
  });

  it('prints JSON on request', async () => {
    const rows = JSON.parse((await runInProcess(() => runList({ json: true }))).stdout);
    expect(rows.find((r: { id: string }) => r.id === 'sparse-kd/lemma-VI.1').claims[0]).toMatchObject({ label: 'Lemma VI.1', section: 'VI' });
  });
});
