import { relative } from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Seconds the slowest test files took in one run of the suite (2 cores, shared machine: only the
 * ratios matter). Files not listed are short.
 */
const COST: Record<string, number> = {
  'test/package/consumer.test.ts': 190,
  'test/axioms/aggregation-checker.test.ts': 64,
  'test/mutation/run.test.ts': 60,
  'test/axioms/source-guided.test.ts': 52,
  'test/properties/operator-suite/aggregation-defective.test.ts': 56,
  'test/properties/operator-suite/aggregation-geometric-exact.test.ts': 53,
  'test/axioms/checker.test.ts': 50,
  'test/properties/operator-suite/aggregation-correct.test.ts': 45,
  'test/properties/replayable.test.ts': 44,
  'test/properties/operator-suite/softening-float.test.ts': 41,
  'test/cli/determinism.test.ts': 39,
  'test/properties/operator-suite/softening-exact.test.ts': 35,
  'test/cli/audit-command.test.ts': 32,
  'test/schemas/real-outputs.test.ts': 90,
  'test/cli/audit-resume.test.ts': 45,
  'test/cli/check-command.test.ts': 30,
  'test/axioms/large-vocabulary.test.ts': 19,
  'test/properties/hinton-kd/claims.test.ts': 19,
  'test/properties/ensemble-kd-guarantees.test.ts': 16,
  'test/cli/plugin-options.test.ts': 15,
  'test/properties/sparse-kd/construction-1.test.ts': 14,
  'test/browser/html-report.test.ts': 14,
  'test/axioms/aggregation-undefined.test.ts': 13,
  'test/properties/sparse-kd/theorem-X.2.test.ts': 13,
  'test/integrations/vitest.test.ts': 27,
  'examples/my-operator.test.ts': 22,
  'test/mutation/mutators.test.ts': 9,
  'test/cli/plugin-module-formats.test.ts': 8,
};

/**
 * The longest files first, so that the two workers finish together: without a cache of durations
 * vitest starts the largest files first, and the operator suite's parts (a few lines each, a minute
 * of work each) came last and ran on alone. Among the files not listed, vitest's own order.
 */
export class SlowestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const cost = (f: TestSpecification) => COST[relative(f.project.config.root, f.moduleId)] ?? 0;
    return (await super.sort(files)).sort((a, b) => cost(b) - cost(a));
  }
}
