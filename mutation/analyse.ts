import { readFileSync } from 'node:fs';
import { harvestModule } from '../engine/source/sources.js';
import { relative } from 'node:path';
import { mulberry32 } from '../engine/search.js';
import { axiomOutcome, classify } from './classify.js';
import { generateMutants, type Mutant } from './generate.js';
import type { MutantResult, MutationAnalysis, MutationCounts } from '../engine/result/mutation.js';
import { MutantFolder } from './module-files.js';
import { runMutantTasks, type TaskResult } from './run-mutants.js';
import { resolveSubject } from './subject.js';

export interface MutateOptions {
  seed: number;
  /** Multiplies each axiom's number of random cases, as in check and audit. */
  effort: number;
  /** At most this many covered mutants are run: a sample deterministic for the seed. */
  maxMutants: number;
  /** Per-call time limit of a plugin's code (ms), as in check. */
  callTimeoutMs: number;
  /** Safety net per mutant (ms); by default the larger of 60 s and ten times the original's run. */
  timeoutMs?: number;
  threads?: number;
  /** Only these axiom readings (keys as A0 or B1/simplex) may kill: a deliberately weaker set, for measuring the axioms. */
  axioms?: string[];
  /** Only the mutants with these ids (to rerun a survivor). */
  ids?: string[];
  onMutant?: (result: MutantResult, done: number, total: number) => void;
}

/** The smallest safety net per mutant, and how many times the original's run it allows. */
const MIN_TIMEOUT_MS = 60_000;
const TIMEOUT_FACTOR = 10;

/**
 * Mutation analysis of one operator (a built-in by name, or a plugin by path): generate its
 * mutants, find which ones the operator runs, run the axioms the original satisfies against a
 * sample of them in isolated workers, and classify each. Throws on an unknown target.
 */
export async function mutateOperator(target: string, options: MutateOptions): Promise<MutationAnalysis> {
  const subject = resolveSubject(target);
  if ('error' in subject) throw new Error(subject.error);
  const generated = generateMutants(
    subject.module,
    readFileSync(subject.module, 'utf8'),
    subject.kind === 'builtin' ? subject.roots : 'default',
  );
  const folder = new MutantFolder(subject);
  try {
    // the comparison points sit at the mutated literals and at the source's branch points as the
    // guided search harvests them (folded constants, quantities of comparisons: engine/source)
    const constants = [...new Set([...generated.constants, ...harvestModule(subject.module).boundaries.map((b) => b.value)])];
    const common = { subject, constants };
    const startedBaseline = Date.now();
    const [baselineRun, coverageRun] = await runMutantTasks(
      [
        {
          mode: 'run',
          ...common,
          file: subject.kind === 'builtin' ? subject.registry : subject.module,
          axioms: options.axioms ?? 'all',
          ...{
            seed: options.seed,
            effort: options.effort,
            budgetMs: 600_000,
            callTimeoutMs: options.callTimeoutMs,
            compare: false,
          },
        },
        { mode: 'coverage', ...common, file: folder.write('instrumented', generated.instrumented) },
      ],
      { threads: options.threads, timeoutMs: 600_000 },
    );
    if (!baselineRun.ok || baselineRun.outcome.loadError || !coverageRun.ok || coverageRun.outcome.loadError) {
      throw new Error(
        `the original operator cannot be run: ${describeFailure(baselineRun)} ${describeFailure(coverageRun)}`.trim(),
      );
    }
    const timeoutMs = options.timeoutMs ?? Math.max(MIN_TIMEOUT_MS, TIMEOUT_FACTOR * (Date.now() - startedBaseline));
    const baseline = (baselineRun.outcome.results ?? []).map(axiomOutcome);
    const axioms = baseline.filter((b) => b.verdict === 'holds' || b.verdict === 'proved').map((b) => b.axiom);

    const hits = new Set(coverageRun.outcome.hits);
    const covered = (m: Mutant) => m.reachable && (m.runsAtLoad || hits.has(m.probe));
    const runnable = generated.mutants.filter(covered);
    // when the original fails every axiom reading it was run on, nothing can kill a mutant: running
    // them would only call them all survivors (an empty --axioms list, for equivalence alone, runs them)
    const candidates = baseline.length && !axioms.length ? [] : runnable;
    const chosen = options.ids
      ? candidates.filter((m) => options.ids!.includes(m.id))
      : sample(candidates, options.maxMutants, options.seed);
    const tasks = chosen.map((m) => ({
      mode: 'run' as const,
      ...common,
      file: folder.write(`m${generated.mutants.indexOf(m)}`, m.source),
      axioms,
      seed: options.seed,
      effort: options.effort,
      budgetMs: timeoutMs / 2,
      callTimeoutMs: options.callTimeoutMs,
      compare: true,
    }));
    let done = 0;
    const runs = await runMutantTasks(tasks, {
      threads: options.threads,
      timeoutMs,
      onDone: (k, run) => options.onMutant?.(classify(chosen[k], run, timeoutMs), ++done, tasks.length),
    });
    const results = chosen.map((m, k) => classify(m, runs[k], timeoutMs));
    const uncovered = generated.mutants.filter((m) => !covered(m)).map(noCoverage);
    const counts = countsOf(
      results,
      uncovered.length,
      runnable.length - chosen.length,
      generated.mutants.length,
      generated.invalid,
    );
    return {
      operator: subject.kind === 'builtin' ? subject.name : `${subject.module}`,
      kind: baselineRun.outcome.kind!,
      source: relative(process.cwd(), subject.module),
      seed: options.seed,
      effort: options.effort,
      maxMutants: options.maxMutants,
      baseline: baseline.map(({ axiom, verdict }) => ({ axiom, verdict })),
      axioms,
      constants,
      counts,
      score: counts.killed + counts.survived ? counts.killed / (counts.killed + counts.survived) : null,
      mutants: [...results, ...uncovered].sort((a, b) => a.line - b.line || a.column - b.column || a.id.localeCompare(b.id)),
    };
  } finally {
    folder.remove();
  }
}

/** Every mutant when there are at most n, else n drawn without replacement for the seed; in source order. */
function sample(mutants: Mutant[], n: number, seed: number): Mutant[] {
  if (mutants.length <= n) return mutants;
  const random = mulberry32(seed);
  const pool = [...mutants];
  for (let i = pool.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [pool[i], pool[j]] = [pool[j], pool[i]];
  }
  const kept = new Set(pool.slice(0, n));
  return mutants.filter((m) => kept.has(m));
}

function noCoverage(m: Mutant): MutantResult {
  const reason = m.reachable
    ? 'the operator never ran this code on the coverage points (float64, decimal and interval)'
    : 'outside the code the operator reaches';
  return { id: m.id, mutator: m.mutator, line: m.line, column: m.column, diff: m.diff, status: 'no-coverage', reason };
}

function countsOf(
  results: MutantResult[],
  noCoverageCount: number,
  notSampled: number,
  generated: number,
  invalid: number,
): MutationCounts {
  const n = (s: MutantResult['status']) => results.filter((r) => r.status === s).length;
  return {
    generated,
    invalid,
    notSampled,
    killed: n('killed'),
    survived: n('survived'),
    equivalent: n('equivalent'),
    error: n('error'),
    timeout: n('timeout'),
    noCoverage: noCoverageCount,
  };
}

function describeFailure(run: TaskResult): string {
  if (!run.ok) return run.error;
  return run.outcome.loadError ?? '';
}
