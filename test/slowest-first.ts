import { relative } from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Seconds the slowest test files took in one run of the suite (npm test on 2 quiet cores, 2026-12-02:
 * only the ratios matter). Files not listed take under 8 s.
 */
const COST: Record<string, number> = {
  'test/cli/audit-parallel.test.ts': 155,
  'test/package/consumer.test.ts': 75,
  'test/axioms/aggregation-checker.test.ts': 68,
  'test/properties/operator-suite/softening-float.test.ts': 51,
  'test/properties/operator-suite/aggregation-defective.test.ts': 49,
  'test/properties/operator-suite/softening-exact.test.ts': 48,
  'test/properties/operator-suite/aggregation-correct.test.ts': 42,
  'test/schemas/real-outputs.test.ts': 40,
  'test/properties/replayable.test.ts': 31,
  'test/cli/check-command.test.ts': 31,
  'test/axioms/checker.test.ts': 30,
  'test/properties/operator-suite/aggregation-geometric-exact.test.ts': 29,
  'test/axioms/source-guided.test.ts': 26,
  'test/mutation/run.test.ts': 25,
  'test/cli/audit-resume.test.ts': 24,
  'test/integrations/vitest.test.ts': 24,
  'test/cli/audit-command.test.ts': 23,
  'test/cli/determinism.test.ts': 22,
  'test/properties/sparse-kd/construction-1.test.ts': 18,
  'test/axioms/aggregation-undefined.test.ts': 14,
  'test/counterexamples/corpus.test.ts': 10,
  'examples/my-operator.test.ts': 10,
  'test/properties/ensemble-kd-guarantees.test.ts': 9,
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
