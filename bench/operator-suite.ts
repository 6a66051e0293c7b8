import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SUITE } from '../test/fixtures/operator-suite/expectations.js';

interface CheckJson {
  id: string;
  variant?: string;
  verdict: string;
  certified: boolean;
}

/**
 * The held-out operator suite through the real CLI: `kdaudit check` on each module (worker thread,
 * default settings, a private empty corpus so nothing is replayed), per module the verdicts, what
 * was refuted as expected, wrongly refuted or missed, and the wall time of the whole check.
 */
export function operatorSuite(): void {
  console.log('\n## Held-out operator suite: `kdaudit check` with default settings (test/fixtures/operator-suite)');
  const dir = mkdtempSync(join(tmpdir(), 'kdaudit-suite-'));
  const totals = { asExpected: 0, wronglyRefuted: 0, missed: 0, errors: 0 };
  const times: number[] = [];
  try {
    for (const entry of SUITE) {
      const json = join(dir, `${entry.module}.json`);
      const start = performance.now();
      const run = spawnSync(
        process.execPath,
        [
          'bin/kdaudit.js',
          'check',
          `test/fixtures/operator-suite/${entry.module}`,
          '--json',
          json,
          '--corpus',
          join(dir, 'corpus'),
        ],
        {
          encoding: 'utf8',
        },
      );
      const ms = performance.now() - start;
      times.push(ms);
      if (run.status === 2) {
        totals.errors++;
        console.log(`${entry.module.padEnd(34)} could not be checked: ${run.stderr.trim()}`);
        continue;
      }
      const results: CheckJson[] = JSON.parse(readFileSync(json, 'utf8')).results;
      const verdicts: string[] = [];
      const as: string[] = [];
      const wrong: string[] = [];
      const missed: string[] = [];
      for (const r of results) {
        const key = r.variant ? `${r.id}/${r.variant}` : r.id;
        const expected = entry.expect[key];
        const refuted = r.verdict === 'refuted' && r.certified;
        verdicts.push(`${key}=${r.verdict}`);
        if (r.verdict === 'error') totals.errors++;
        if (expected === 'refuted' && refuted) as.push(key);
        else if (expected === 'refuted') missed.push(key);
        else if (expected === 'not-refuted' && r.verdict === 'refuted') wrong.push(key);
      }
      totals.asExpected += as.length;
      totals.wronglyRefuted += wrong.length;
      totals.missed += missed.length;
      console.log(
        `${entry.module.padEnd(34)} ${(ms / 1000).toFixed(1).padStart(6)} s  ${entry.correct ? 'correct  ' : 'defective'}  ${verdicts.join(' ')}`,
      );
      console.log(
        `${''.padEnd(34)}           refuted as expected: ${as.join(', ') || '—'}; wrongly refuted: ${wrong.join(', ') || '—'}; missed: ${missed.join(', ') || '—'}`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const sorted = [...times].sort((a, b) => a - b);
  const median =
    sorted.length % 2 ? sorted[(sorted.length - 1) / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
  console.log(
    `totals over ${SUITE.length} modules: ${totals.asExpected} refuted as expected, ${totals.wronglyRefuted} wrongly refuted, ${totals.missed} missed, ${totals.errors} errors; ` +
      `median whole check ${(median / 1000).toFixed(1)} s, total ${(times.reduce((a, b) => a + b, 0) / 1000).toFixed(0)} s`,
  );
}
