import { describe, expect, it } from 'vitest';
import 'kdaudit/vitest';

// Each check runs the module in a worker (a call that hangs fails after --call-timeout, 2 s by
// default); the whole matcher takes seconds, more than vitest's default 5 s test timeout.
describe('my softening operator', { timeout: 120_000 }, () => {
  it('satisfies Axioms A0–A5 of Sparse-KD', () => {
    expect(new URL('./my-operator.ts', import.meta.url)).toSatisfySofteningAxioms({ effort: 0.1 });
  });

  it('plain temperature scaling does not: zeros stay zero as T → ∞ (A5)', () => {
    expect(new URL('./plain-power.ts', import.meta.url)).not.toSatisfySofteningAxioms({ effort: 0.1 });
  });
});
