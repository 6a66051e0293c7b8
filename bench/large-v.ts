/**
 * Screening at LLM-sized vocabularies (V = 262 144): per-case time of each large-vocabulary check
 * beside the raw float64 evaluation of the same operator on the same point (targets: ≤ 50 ms a
 * case, ≤ 3× raw), for a built-in formula, a power-class operator and a float64-only plugin in its
 * worker; then the stage's whole cost per built-in operator (what the audit pays), and the peak
 * resident memory (target ≤ 300 MB).
 */
import { largeVocabularyChecks } from '../axioms/softening.js';
import { loadPlugin } from '../plugin/load.js';
import { DEFAULT_CONTEXT } from '../engine/context.js';
import { largeVector, type LargeVocabularyPoint } from '../engine/domains/large-vocabulary.js';
import { float64 } from '../engine/num/index.js';
import { runCheck } from '../engine/run-check.js';
import { softeningOperators } from '../operators/softening/index.js';
import type { SofteningOperator } from '../engine/operators/softening.js';
import userPower from '../test/fixtures/plugins/power-large-v.js';

const POINT: LargeVocabularyPoint = {
  source: 'subtlex',
  V: 262_144,
  s: '1.1',
  tie: 3,
  zeros: 500,
  subnormal: 0,
  shuffle: 7,
  T: '2.5',
};
const REPEATS = 10;

/**
 * Median milliseconds of each task over REPEATS rounds (after one warm-up round), the tasks
 * interleaved within each round so that a busy machine's load falls on all of them alike.
 */
function medianMs(tasks: Array<() => unknown>): number[] {
  tasks.forEach((task) => task());
  const times = tasks.map(() => [] as number[]);
  for (let round = 0; round < REPEATS; round++) {
    tasks.forEach((task, k) => {
      const start = performance.now();
      task();
      times[k].push(performance.now() - start);
    });
  }
  return times.map((t) => t.sort((a, b) => a - b)[REPEATS >> 1]);
}

const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;

function perCase(name: string, op: SofteningOperator, raw: (p: number[], T: number) => unknown) {
  const [simplex, ranking, entropy] = largeVocabularyChecks();
  const p = Array.from(largeVector(POINT).q);
  const [rawMs, ...screens] = medianMs([
    () => raw(p, 2.5),
    () => simplex.screen(op, POINT, DEFAULT_CONTEXT),
    () => ranking.screen(op, POINT, DEFAULT_CONTEXT),
    () => entropy.screen(op, { ...POINT, T2: '3' }, DEFAULT_CONTEXT),
  ]);
  // A3 evaluates two temperatures a case: its overhead is against twice the raw time
  const cases: Array<[string, number, number]> = [
    ['A0/large-V', screens[0], 1],
    ['A1/large-V', screens[1], 1],
    ['A3/large-V', screens[2], 2],
  ];
  for (const [check, ms, calls] of cases) {
    const raw = calls * rawMs;
    console.log(
      `${name.padEnd(34)} ${check}: ${ms.toFixed(1)} ms a case, raw float64 ${raw.toFixed(1)} ms, overhead ${(ms / raw).toFixed(2)}×`,
    );
  }
}

/** The stage as the audit runs it (seed 42, effort 1, no corpus), per built-in operator. */
function stageCost() {
  const checks = largeVocabularyChecks();
  for (const op of softeningOperators) {
    const start = performance.now();
    // the seeds the audit gives them: 42 + the check's index after A0–A5
    const options = (k: number) => ({
      ctx: DEFAULT_CONTEXT,
      seed: 42 + 6 + k,
      budgetMs: 600_000,
      effort: 1,
      replayCommand: () => '',
    });
    const verdicts = checks.map((check, k) => runCheck(check, op, options(k)).verdict);
    console.log(`${op.name.padEnd(28)} ${((performance.now() - start) / 1000).toFixed(1)} s (${verdicts.join(', ')})`);
  }
}

export function largeVocabularyBench() {
  console.log(
    `\n## Large vocabularies: screening at V = 262 144 (${POINT.source}, s = ${POINT.s}, ties, zeros), median of ${REPEATS}`,
  );
  const rssBefore = process.memoryUsage().rss;
  const [power, exp] = ['power', 'power-class/exp(x/T)'].map((n) => softeningOperators.find((op) => op.name === n)!);
  perCase('power (built-in formula)', power, (p, T) => power.apply(float64, p, T));
  perCase('power-class/exp(x/T)', exp, (p, T) => exp.apply(float64, p, T));
  console.log(`peak resident memory before the plugin's worker starts: ${mb(process.resourceUsage().maxRSS * 1024)}`);
  const loaded = loadPlugin('test/fixtures/plugins/power-large-v.ts', { callTimeoutMs: 20_000 });
  if (!loaded.ok || loaded.operator.kind !== 'softening') throw new Error(loaded.ok ? 'not a softening plugin' : loaded.error);
  try {
    perCase('user-power-large-v (plugin, worker)', loaded.operator, (p, T) => userPower.apply(p, T));
  } finally {
    loaded.operator.close();
  }
  const peak = mb(process.resourceUsage().maxRSS * 1024);
  console.log(
    `resident memory: ${mb(rssBefore)} before, ${mb(process.memoryUsage().rss)} after; peak of the process so far ${peak}`,
  );
  console.log('\n## Large vocabularies: the stage per built-in operator, as the audit runs it (A0, A1, A3 /large-V)');
  stageCost();
  console.log(`peak resident memory of the process so far ${mb(process.resourceUsage().maxRSS * 1024)}`);
}
