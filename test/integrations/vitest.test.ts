import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { kdauditMatchers } from '../../integrations/vitest.js';

const plainPower = {
  kind: 'softening',
  name: 'plain-power',
  apply: (p: number[], T: number) => {
    const q = p.map((x) => x ** (1 / T));
    const s = q.reduce((a, b) => a + b, 0);
    return q.map((x) => x / s);
  },
};

describe('vitest matchers', () => {
  it('fail with the certified minimal counterexample and how to replay it', () => {
    const r = kdauditMatchers.toSatisfySofteningAxioms(plainPower, { effort: 0.05, seed: 5 });
    expect(r.pass).toBe(false);
    expect(r.message()).toMatch(/A5 [^\n]*: refuted\n\s+p = \([^)]*\)[^\n]*\(sequence-evidence, terms by float-output\)/);
    expect(r.message()).toContain('replay: expect(op).toSatisfySofteningAxioms({ seed: 5 })');
  });

  it('say what is wrong with something that is not an operator, or the wrong kind', () => {
    expect(kdauditMatchers.toSatisfySofteningAxioms({ kind: 'softening' }).message()).toContain('the default export has no name');
    expect(kdauditMatchers.toSatisfyAggregationAxioms(plainPower).message()).toContain('plain-power is a softening operator; this matcher checks aggregation operators');
  });

  it('the README shows the tested example verbatim', () => {
    const example = readFileSync('examples/my-operator.test.ts', 'utf8');
    expect(readFileSync('README.md', 'utf8')).toContain(example.trim());
  });
});
