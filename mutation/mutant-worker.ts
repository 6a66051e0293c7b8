import { pathToFileURL } from 'node:url';
import { Decimal } from 'decimal.js';
import { aggregationAxioms } from '../axioms/aggregation.js';
import { softeningAxioms } from '../axioms/softening.js';
import { loadPlugin } from '../plugin/load.js';
import { auditOperator } from '../engine/audit-operator.js';
import { checkKey, type AnyCheck } from '../engine/check.js';
import { DEFAULT_CONTEXT } from '../engine/context.js';
import { decimalContext, decimalNum, float64, intervalNum, type Num } from '../engine/num/index.js';
import type { AuditedOperator } from '../engine/operator.js';
import type { CheckResult } from '../engine/verdicts.js';
import type { AggregationOperator } from '../engine/operators/aggregation.js';
import type { SofteningOperator } from '../engine/operators/softening.js';
import type { Point } from '../engine/result/mutation.js';
import { determiningSet } from './determining-set.js';
import type { Subject } from './subject.js';

/** One unit of work of the mutant pool: run the axioms on a variant, or measure which probes a variant runs. */
export type MutantTask =
  | {
      mode: 'run';
      subject: Subject;
      file: string;
      axioms: string[] | 'all';
      seed: number;
      effort: number;
      budgetMs: number;
      callTimeoutMs: number;
      constants: string[];
      compare: boolean;
    }
  | { mode: 'coverage'; subject: Subject; file: string; constants: string[] };

export interface MutantOutcome {
  loadError?: string;
  kind?: 'softening' | 'aggregation';
  results?: CheckResult[];
  /** The first point of the determining set where the variant is not shown equal to the original (certified: shown different). */
  differsAt?: { point: Point; certified: boolean; original: string; mutant: string };
  /** Equivalence points evaluated (up to the first difference). */
  compared?: number;
  hits?: number[];
}

type Operator = SofteningOperator | AggregationOperator;
type Loaded = { op: Operator; close(): void };

const EXACT_DIGITS = 50;
const originalOutputs = new Map<string, Enclosed[]>();

export default async function runMutantTask(task: MutantTask): Promise<MutantOutcome> {
  return task.mode === 'coverage' ? coverage(task) : run(task);
}

async function run(task: Extract<MutantTask, { mode: 'run' }>): Promise<MutantOutcome> {
  const loaded = await load(task.subject, task.file, task.callTimeoutMs);
  if ('error' in loaded) return { loadError: loaded.error };
  try {
    const all: ReadonlyArray<AnyCheck<AuditedOperator>> = loaded.op.kind === 'softening' ? softeningAxioms : aggregationAxioms;
    const chosen = all
      .map((check, k) => ({ check, k }))
      .filter(({ check }) => task.axioms === 'all' || task.axioms.includes(checkKey(check)));
    // each check keeps the seed it has in a run of all of them, so a subset reproduces their verdicts
    const results = chosen.map(
      ({ check, k }) =>
        auditOperator(loaded.op, [check], {
          ctx: DEFAULT_CONTEXT,
          seed: task.seed + k,
          effort: task.effort,
          budgetMs: task.budgetMs / chosen.length,
          replayCommand: () => 'kdaudit mutate',
        }).results[0],
    );
    return { kind: loaded.op.kind, results, ...(task.compare ? await compare(task, loaded.op) : {}) };
  } finally {
    loaded.close();
  }
}

/**
 * Compares the variant with the original on the determining set, up to the first point where they
 * are not shown equal. Shown different (certified): 50-digit interval enclosures of an output
 * coordinate that are disjoint (for user code: different values), another length, or one throwing where the other does not. Shown
 * equal: the same error, or every pair of enclosures narrow (width ≤ 1e-40) and overlapping.
 * Anything else (an enclosure too wide to decide) is not equal either: only a mutant shown equal at
 * every point is equivalent.
 */
async function compare(
  task: Extract<MutantTask, { mode: 'run' }>,
  mutant: Operator,
): Promise<Pick<MutantOutcome, 'differsAt' | 'compared'>> {
  // a generic formula is enclosed by intervals; user code is compared on what it returns: its
  // doubles exactly (float64 only) or its applyExact at 50 digits (a difference there may be rounding)
  const N: Num<unknown> = mutant.exactness === 'generic' ? intervalNum(EXACT_DIGITS) : decimalNum(EXACT_DIGITS);
  const key = `${task.subject.module}#${task.subject.name}`;
  const points = determiningSet(mutant.kind, task.constants);
  if (!originalOutputs.has(key)) {
    const original = await load(
      task.subject,
      task.subject.kind === 'builtin' ? task.subject.registry : task.subject.module,
      task.callTimeoutMs,
    );
    if ('error' in original) throw new Error(`the original operator does not load: ${original.error}`);
    try {
      originalOutputs.set(
        key,
        points.map((x) => enclose(N, original.op, x)),
      );
    } finally {
      original.close();
    }
  }
  const expected = originalOutputs.get(key)!;
  for (let i = 0; i < points.length; i++) {
    const got = enclose(N, mutant, points[i]);
    const relation = relate(got, expected[i]);
    if (relation !== 'equal')
      return {
        differsAt: {
          point: points[i],
          certified: relation === 'different' && mutant.exactness !== 'decimal',
          original: show(expected[i]),
          mutant: show(got),
        },
        compared: i + 1,
      };
  }
  return { compared: points.length };
}

/** An output as enclosures [lo, hi] of its coordinates, or the class of what it threw. */
type Enclosed = Array<[Decimal, Decimal]> | string;

function enclose<V>(N: Num<V>, op: Operator, x: Point): Enclosed {
  try {
    return evaluate(N, op, x).map((v) => N.bounds(v).map((b) => new Decimal(b)) as [Decimal, Decimal]);
  } catch (e) {
    return `throws ${(e as Error)?.constructor?.name ?? 'a non-error'}`;
  }
}

const NARROW = new Decimal('1e-40');

function relate(a: Enclosed, b: Enclosed): 'equal' | 'different' | 'undecided' {
  if (typeof a === 'string' || typeof b === 'string') return a === b ? 'equal' : 'different';
  if (a.length !== b.length || a.some(([lo, hi], i) => hi.lt(b[i][0]) || b[i][1].lt(lo))) return 'different';
  const narrow = ([lo, hi]: [Decimal, Decimal]) => hi.minus(lo).lte(NARROW);
  return a.every(narrow) && b.every(narrow) ? 'equal' : 'undecided';
}

function show(e: Enclosed): string {
  return typeof e === 'string'
    ? e
    : e
        .map(([lo, hi]) =>
          lo.eq(hi) ? lo.toString() : `[${lo.toSignificantDigits(12).toString()}, ${hi.toSignificantDigits(12).toString()}]`,
        )
        .join(', ');
}

async function coverage(task: Extract<MutantTask, { mode: 'coverage' }>): Promise<MutantOutcome> {
  const hits = new Set<number>();
  const global = globalThis as { __kdauditHits?: Set<number> };
  let kind: 'softening' | 'aggregation';
  if (task.subject.kind === 'plugin') {
    // the plugin's own object, called in this worker: its probes count here (the pool's timeout guards a hang)
    const module = await import(pathToFileURL(task.file).href);
    const plugin = module.default;
    kind = plugin.kind;
    const points = determiningSet(kind, task.constants);
    const D = decimalContext(EXACT_DIGITS);
    global.__kdauditHits = hits;
    for (const x of points) {
      attempt(() =>
        'p' in x
          ? plugin.apply(x.p.map(toNumber), toNumber(x.T))
          : plugin.apply(
              x.teachers.map((t) => t.map(toNumber)),
              x.weights.map(toNumber),
              toNumber(x.T),
            ),
      );
      if (typeof plugin.applyExact === 'function') {
        const d = (s: string) => fractionOf(s, (a, b) => new D(a).div(b));
        attempt(() =>
          'p' in x
            ? plugin.applyExact(x.p.map(d), d(x.T), D)
            : plugin.applyExact(
                x.teachers.map((t) => t.map(d)),
                x.weights.map(d),
                d(x.T),
                D,
              ),
        );
      }
    }
  } else {
    const loaded = await load(task.subject, task.file, 0);
    if ('error' in loaded) return { loadError: loaded.error };
    kind = loaded.op.kind;
    const points = determiningSet(kind, task.constants);
    global.__kdauditHits = hits;
    for (const N of [float64, decimalNum(EXACT_DIGITS), intervalNum(EXACT_DIGITS)] as Num<unknown>[])
      for (const x of points) attempt(() => evaluate(N, loaded.op, x));
  }
  global.__kdauditHits = undefined;
  return { kind, hits: [...hits].sort((a, b) => a - b) };
}

async function load(subject: Subject, file: string, callTimeoutMs: number): Promise<Loaded | { error: string }> {
  if (subject.kind === 'plugin') {
    const loaded = loadPlugin(file, { callTimeoutMs });
    return loaded.ok ? { op: loaded.operator, close: () => loaded.operator.close() } : { error: loaded.error };
  }
  try {
    const module: Record<string, unknown> = await import(pathToFileURL(file).href);
    const op = Object.values(module)
      .flatMap((v) => (Array.isArray(v) ? v : [v]))
      .find(
        (v): v is Operator =>
          typeof v === 'object' &&
          v !== null &&
          (v as Operator).name === subject.name &&
          typeof (v as Operator).apply === 'function',
      );
    return op ? { op, close: () => {} } : { error: `the mutated registry has no operator named ${subject.name}` };
  } catch (e) {
    return { error: (e as Error).message };
  }
}

function evaluate<V>(N: Num<V>, op: Operator, x: Point): V[] {
  const of = (s: string) => fractionOf(s, (a, b) => N.ratio(a, b));
  return 'p' in x
    ? (op as SofteningOperator).apply(N, x.p.map(of), of(x.T))
    : (op as AggregationOperator).apply(
        N,
        x.teachers.map((t) => t.map(of)),
        x.weights.map(of),
        of(x.T),
      );
}

function fractionOf<V>(s: string, ratio: (a: string, b: string) => V): V {
  const [a, b = '1'] = s.split('/');
  return ratio(a, b);
}

function toNumber(s: string): number {
  const [a, b = '1'] = s.split('/');
  return Number(a) / Number(b);
}

function attempt(f: () => unknown): void {
  try {
    f();
  } catch {
    // a fault at one point does not stop the measurement of the others
  }
}
