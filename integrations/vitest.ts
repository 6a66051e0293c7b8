/**
 * kdaudit inside a researcher's own vitest suite:
 *
 *   import 'kdaudit/vitest';
 *   expect(myOperator).toSatisfySofteningAxioms({ effort: 0.2 });
 *
 * The operator is the object `kdaudit check` expects as a module's default export. It runs in the
 * test's own thread (vitest's test timeout guards against a hang); everything else is as in
 * `kdaudit check`: the same checks, certified minimal counterexamples, faults as findings.
 */
import { expect } from 'vitest';
import { aggregationAxioms } from '../axioms/aggregation.js';
import { softeningAxioms } from '../axioms/softening.js';
import { Corpus } from '../engine/counterexamples/corpus.js';
import { auditOperator } from '../engine/audit-operator.js';
import { checkKey, type Check } from '../engine/check.js';
import { DEFAULT_CONTEXT } from '../engine/context.js';
import { inProcessOperator } from '../plugin/operator.js';
import { validatePlugin } from '../plugin/shape.js';
import { formatCounterexample } from '../reports/format.js';

export interface AxiomMatcherOptions {
  /** Seed of the search (default 42): the same seed finds the same counterexample. */
  seed?: number;
  /** Multiplies the number of random cases per check (default 1). */
  effort?: number;
  /** Time budget for the operator, in seconds (default 60): a safety net; a check it cuts short fails the matcher. */
  budget?: number;
  /** A folder for stored counterexamples, replayed first on the next run (default: none). */
  corpus?: string;
}

type MatcherResult = { pass: boolean; message: () => string };

function satisfies(received: unknown, kind: 'softening' | 'aggregation', options: AxiomMatcherOptions = {}): MatcherResult {
  const plugin = validatePlugin({ default: received });
  if (typeof plugin === 'string') return { pass: false, message: () => `kdaudit: not an operator: ${plugin}` };
  if (plugin.kind !== kind) return { pass: false, message: () => `kdaudit: ${plugin.name} is a ${plugin.kind} operator; this matcher checks ${kind} operators` };
  const op = inProcessOperator(plugin, 'operator under test');
  const seed = options.seed ?? 42;
  const checks: ReadonlyArray<Check<any, any>> = kind === 'softening' ? softeningAxioms : aggregationAxioms;
  const audit = auditOperator(op, checks, {
    ctx: DEFAULT_CONTEXT,
    seed,
    effort: options.effort ?? 1,
    budgetMs: (options.budget ?? 60) * 1000,
    corpus: options.corpus ? new Corpus(options.corpus) : undefined,
    replayCommand: (file) => (file ? `npx kdaudit replay ${file} --plugin <your module>` : `expect(op).${kind === 'softening' ? 'toSatisfySofteningAxioms' : 'toSatisfyAggregationAxioms'}({ seed: ${seed} })`),
  });
  // as kdaudit check's exit code: refuted as stated, errored, or cut short by the budget all fail
  const failed = audit.results.filter((r) => r.verdict === 'refuted' || r.verdict === 'conditional' || r.verdict === 'error' || r.incomplete);
  const lines = failed.map((r) => {
    const why = r.counterexample ? `${formatCounterexample(r.counterexample)}\n      ${r.counterexample.certificate.explanation}\n      replay: ${r.counterexample.replay}` : r.findings.map((f) => f.message).join('; ') || r.evidence.summary;
    const cut = r.incomplete ? `\n      incomplete: ${r.incomplete}` : '';
    return `  ${checkKey(r)} ${r.title}: ${r.verdict}\n      ${why}${cut}`;
  });
  const held = audit.results.map((r) => `${checkKey(r)} ${r.verdict}`).join(', ');
  return {
    pass: failed.length === 0,
    message: () => (failed.length ? `expected ${plugin.name} to satisfy every ${kind} axiom; the check found:\n${lines.join('\n')}` : `expected ${plugin.name} to violate a ${kind} axiom, but none was refuted (${held})`),
  };
}

export const kdauditMatchers = {
  toSatisfySofteningAxioms: (received: unknown, options?: AxiomMatcherOptions) => satisfies(received, 'softening', options),
  toSatisfyAggregationAxioms: (received: unknown, options?: AxiomMatcherOptions) => satisfies(received, 'aggregation', options),
};

expect.extend(kdauditMatchers);

declare module 'vitest' {
  interface Assertion<T> {
    /** Every reading of A0–A5 holds (nothing refuted, the operator never failed). */
    toSatisfySofteningAxioms(options?: AxiomMatcherOptions): T;
    /** Every reading of B1–B5 holds (nothing refuted, the operator never failed). */
    toSatisfyAggregationAxioms(options?: AxiomMatcherOptions): T;
  }
}
