/**
 * kdaudit inside a researcher's own vitest suite:
 *
 *   import 'kdaudit/vitest';
 *   it('satisfies A0–A5', () => {
 *     expect(new URL('./my-operator.ts', import.meta.url)).toSatisfySofteningAxioms({ effort: 0.2 });
 *   }, 120_000);
 *
 * The received value names the operator's module (what `kdaudit check` takes): a file URL, an
 * absolute path, or a path relative to the test file. The module runs behind the same boundary as
 * `kdaudit check` — a worker with a time limit per call and a heap limit — so an operator that
 * loops forever or exhausts memory fails the matcher and the suite goes on. An operator object is
 * refused: its code would run in the test's own thread, where an endless loop hangs vitest.
 */
import { isAbsolute, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { checkKey } from '../engine/check.js';
import { formatCounterexample } from '../reports/format.js';
import { checkOperatorModule, type ModuleCheckOptions } from './check-module.js';

/** Options of the matchers: those of `kdaudit check` (seed, effort, budget, call timeout, memory limit, corpus). */
export type AxiomMatcherOptions = ModuleCheckOptions;

type MatcherResult = { pass: boolean; message: () => string };
type Kind = 'softening' | 'aggregation';

const MATCHER = { softening: 'toSatisfySofteningAxioms', aggregation: 'toSatisfyAggregationAxioms' } as const;

/** The module's path, or why the received value names none. */
function modulePath(received: unknown, testPath: string | undefined, kind: Kind): string | { refused: string } {
  if (received instanceof URL) return fileURLToPath(received);
  if (typeof received === 'string') {
    if (received.startsWith('file:')) return fileURLToPath(received);
    if (isAbsolute(received) || !testPath) return resolve(received);
    return resolve(dirname(testPath), received);
  }
  const example = `expect(new URL('./my-operator.ts', import.meta.url)).${MATCHER[kind]}()`;
  return {
    refused:
      `kdaudit: expected the operator's module (a file URL, or a path relative to the test file), got ${received === null ? 'null' : typeof received}: ` +
      `an operator object would run in the test's own thread, where an endless loop hangs the suite. Default-export it from a module and pass that, e.g. ${example}`,
  };
}

function satisfies(
  received: unknown,
  testPath: string | undefined,
  kind: Kind,
  options: AxiomMatcherOptions = {},
): MatcherResult {
  const path = modulePath(received, testPath, kind);
  if (typeof path !== 'string') return { pass: false, message: () => path.refused };
  const checked = checkOperatorModule(path, { ...options, kind });
  if (!checked.ok) return { pass: false, message: () => `kdaudit: cannot check ${path} with ${MATCHER[kind]}: ${checked.error}` };
  const lines = checked.failed.map((r) => {
    const why = r.counterexample
      ? `${formatCounterexample(r.counterexample)}\n      ${r.counterexample.certificate.explanation}\n      replay: ${r.counterexample.replay}`
      : r.findings.map((f) => f.message).join('; ') || r.evidence.summary;
    const cut = r.incomplete ? `\n      incomplete: ${r.incomplete}` : '';
    return `  ${checkKey(r)} ${r.title}: ${r.verdict}\n      ${why}${cut}`;
  });
  const held = checked.results.map((r) => `${checkKey(r)} ${r.verdict}`).join(', ');
  return {
    pass: checked.failed.length === 0,
    message: () =>
      checked.failed.length
        ? `expected ${checked.name} to satisfy every ${kind} axiom; the check found:\n${lines.join('\n')}`
        : `expected ${checked.name} to violate a ${kind} axiom, but none was refuted (${held})`,
  };
}

/** The matchers, for `expect.extend` (importing this module extends vitest's `expect` with them already). */
export const kdauditMatchers = {
  toSatisfySofteningAxioms(this: { testPath?: string }, received: unknown, options?: AxiomMatcherOptions) {
    return satisfies(received, this.testPath, 'softening', options);
  },
  toSatisfyAggregationAxioms(this: { testPath?: string }, received: unknown, options?: AxiomMatcherOptions) {
    return satisfies(received, this.testPath, 'aggregation', options);
  },
};

expect.extend(kdauditMatchers);

declare module 'vitest' {
  interface Assertion<T> {
    /** The module's softening operator satisfies every reading of A0–A5 (nothing refuted, the operator never failed). */
    toSatisfySofteningAxioms(options?: AxiomMatcherOptions): T;
    /** The module's aggregation operator satisfies every reading of B1–B5 (nothing refuted, the operator never failed). */
    toSatisfyAggregationAxioms(options?: AxiomMatcherOptions): T;
  }
}
