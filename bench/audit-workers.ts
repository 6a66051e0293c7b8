import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The subset audited by default: the softening operators, two aggregation operators and three
 * statements at effort 0.1, about a seventh of the full audit's work by the cost table (measured at
 * that effort) and a couple of minutes per run on one core. The full default audit (about 9
 * minutes per run on one core) runs only on request: KDAUDIT_BENCH_FULL_AUDIT=1 npm run bench.
 */
const SUBSET = [
  ...['--effort', '0.1'],
  ...[
    '--operator',
    'power',
    'entropy-projection',
    'power-class/x^(1/T)',
    'power-class/exp(x/T)',
    'power-class/x/T',
    'power-class/log1p(x/T)',
  ],
  ...['convex-mixing/clamped', 'convex-mixing/extrapolated', 'convex-mixing/exponential'],
  ...['linear-pool/soften-then-aggregate', 'log-pool/aggregate-then-soften'],
  ...['--statement', 'sparse-kd/equivalence-II', 'sparse-kd/top-k-II.C', 'sparse-kd/theorem-V.3'],
];

/**
 * `kdaudit audit` wall time with --workers 1 and --workers 2 and the speed-up, then the two halves
 * of `--shard 1/2` and `--shard 2/2` one after the other (each with the machine to itself, as on
 * two machines) and their merge. Every run starts from a copy of the committed corpus.
 */
export function auditWorkers(): void {
  const full = process.env.KDAUDIT_BENCH_FULL_AUDIT === '1';
  const selection = full ? [] : SUBSET;
  const what = full ? 'the full default audit' : 'a subset at effort 0.1 (KDAUDIT_BENCH_FULL_AUDIT=1 for the full audit)';
  console.log(`\n## Audit wall time on ${what}, 1 and 2 workers, 2 shards`);
  const dir = mkdtempSync(join(tmpdir(), 'kdaudit-bench-audit-'));
  const corpus = join(dir, 'corpus');
  const audit = (...args: string[]) => ['audit', ...selection, '--corpus', corpus, ...args];
  const timed = (label: string, args: string[]) => {
    rmSync(corpus, { recursive: true, force: true });
    cpSync('counterexamples/corpus', corpus, { recursive: true });
    const start = performance.now();
    const run = spawnSync(process.execPath, ['bin/kdaudit.js', ...args], { encoding: 'utf8' });
    const seconds = (performance.now() - start) / 1000;
    console.log(`${label.padEnd(36)} ${seconds.toFixed(1).padStart(7)} s  (exit ${run.status})`);
    return seconds;
  };
  try {
    const one = timed('--workers 1', audit('--workers', '1', '--out', join(dir, 'w1')));
    const two = timed('--workers 2', audit('--workers', '2', '--out', join(dir, 'w2')));
    const markdown = (run: string) => readFileSync(join(dir, run, 'audit.md'), 'utf8');
    const same = markdown('w1') === markdown('w2');
    console.log(`speed-up ${(one / two).toFixed(2)}× (target ≥ 1.7×); audit.md identical: ${same ? 'yes' : 'NO'}`);
    const halves = [1, 2].map((i) =>
      timed(`--shard ${i}/2 --workers 2`, audit('--shard', `${i}/2`, '--workers', '2', '--out', join(dir, `s${i}`))),
    );
    const merge = timed('merge', ['merge', join(dir, 's1'), join(dir, 's2'), '--out', join(dir, 'merged')]);
    const asUnsharded = markdown('merged') === markdown('w1') ? 'yes' : 'NO';
    console.log(
      `two machines: ${(Math.max(...halves) + merge).toFixed(1)} s (the slower shard, then the merge); audit.md as unsharded: ${asUnsharded}`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
