import { aggregationAxioms } from '../axioms/aggregation.js';
import { softeningAxioms } from '../axioms/softening.js';
import { auditOperator } from '../engine/audit-operator.js';
import type { AnyCheck } from '../engine/check.js';
import type { AuditedOperator } from '../engine/operator.js';
import { DEFAULT_CONTEXT } from '../engine/context.js';
import { Corpus } from '../engine/counterexamples/corpus.js';
import type { CheckResult } from '../engine/verdicts.js';
import { DEFAULT_MEMORY_LIMIT_MB } from '../plugin/bridge.js';
import { loadPlugin } from '../plugin/load.js';

/** How to check an operator module; every field is optional. */
export interface ModuleCheckOptions {
  /** Seed of the search (default 42): the same seed finds the same counterexample. */
  seed?: number;
  /** Multiplies the number of random cases per check (default 1). */
  effort?: number;
  /** Time budget for the operator, in seconds (default 60): a safety net; a check it cuts short fails. */
  budget?: number;
  /** Time limit of one call of the operator, in ms (default 2000, as `kdaudit check --call-timeout`). */
  callTimeout?: number;
  /** Heap limit of the operator's worker, in MB (default 1024, as `kdaudit check --memory-limit`). */
  memoryLimit?: number;
  /** A folder for stored counterexamples, replayed first on the next run (default: none). */
  corpus?: string;
}

type Kind = 'softening' | 'aggregation';

/** What checking a module found: every result, and those that fail it (as `kdaudit check`'s exit code). */
export type ModuleCheck =
  { ok: false; error: string } | { ok: true; name: string; kind: Kind; results: CheckResult[]; failed: CheckResult[] };

/** A finding of a call that hung or exhausted the heap: after it no further call is made. */
const HANG = /^(timeout|out-of-memory): /;

/**
 * Checks the operator a module default-exports against its axioms (A0–A5 or every reading of
 * B1–B5), the module running behind the same boundary as `kdaudit check`: a worker with a time
 * limit per call and a heap limit. A call that hangs or exhausts memory ends the run: the checks
 * after it are cut short (incomplete), so a hanging operator costs one call's time limit (twice:
 * a timed-out call is retried once), not one per call. With `kind`, a module of the other kind is
 * an error before any check runs. A counterexample's `replay` is the command that reproduces it.
 */
export function checkOperatorModule(path: string, options: ModuleCheckOptions & { kind?: Kind } = {}): ModuleCheck {
  const seed = options.seed ?? 42;
  const replay = (file: string | undefined) =>
    file ? `npx kdaudit replay ${file} --plugin ${path}` : `npx kdaudit check ${path} --seed ${seed}`;
  const loaded = loadPlugin(path, {
    callTimeoutMs: options.callTimeout ?? 2000,
    memoryLimitMb: options.memoryLimit ?? DEFAULT_MEMORY_LIMIT_MB,
    stopAfterHang: true,
  });
  if (!loaded.ok) return { ok: false, error: loaded.error };
  const op = loaded.operator;
  try {
    if (options.kind && op.kind !== options.kind)
      return { ok: false, error: `${op.name} is a ${op.kind} operator; ${options.kind} operators were expected` };
    const checks: ReadonlyArray<AnyCheck<AuditedOperator>> = op.kind === 'softening' ? softeningAxioms : aggregationAxioms;
    const { results } = auditOperator(op, checks, {
      ctx: DEFAULT_CONTEXT,
      seed,
      effort: options.effort ?? 1,
      budgetMs: (options.budget ?? 60) * 1000,
      corpus: options.corpus ? new Corpus(options.corpus) : undefined,
      replayCommand: replay,
    });
    const findings = op.findings();
    if (findings.length) results[0].findings.push(...findings);
    markStopped(results);
    const failed = results.filter(
      (r) => r.verdict === 'refuted' || r.verdict === 'conditional' || r.verdict === 'error' || r.incomplete !== undefined,
    );
    return { ok: true, name: op.name, kind: op.kind, results, failed };
  } finally {
    op.close();
  }
}

/**
 * After a call that hung or exhausted memory no further call runs, and the budget's "ran out"
 * would misname why the checks from there on stopped short.
 */
function markStopped(results: CheckResult[]): void {
  const first = results.findIndex((r) => r.findings.some((f) => HANG.test(f.message)));
  if (first === -1) return;
  const why = `stopped: no further call is made after one that hangs or exhausts memory (${results[first].id})`;
  for (const r of results.slice(first)) if (r.incomplete !== undefined) r.incomplete = why;
}
