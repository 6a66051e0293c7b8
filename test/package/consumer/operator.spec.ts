// Runs inside a fresh project that installed the packed kdaudit (test/package/consumer.test.ts).
import { describe, expect, it } from 'vitest';
import 'kdaudit/vitest';

describe('kdaudit matchers from the installed package', { timeout: 120_000 }, () => {
  it('pass for a correct operator', () => {
    expect('./my-operator.ts').toSatisfySofteningAxioms({ effort: 0.05 });
  });

  it('fail for a broken one with its certified counterexample', () => {
    expect(() => expect('./plain-power.ts').toSatisfySofteningAxioms({ effort: 0.05 })).toThrow(/A5 [^\n]*: refuted\n\s+p = \(/);
  });

  it('fail an operator that loops forever, and the suite goes on', () => {
    expect(() => expect('./loops.ts').toSatisfySofteningAxioms({ callTimeout: 500 })).toThrow(/no answer within 500 ms/);
  });
});
