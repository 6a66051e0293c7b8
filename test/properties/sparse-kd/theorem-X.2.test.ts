import { describe, expect, it } from 'vitest';
import { convexMixingClamped } from '../../../operators/softening/convex-mixing.js';
import { power } from '../../../operators/softening/power.js';
import { equivalentPairs } from '../../../properties/sparse-kd/models/kd-equivalence.js';
import { topOnePlusUniformStudents, type StudentClass } from '../../../properties/sparse-kd/models/student-classes.js';
import {
  optimumIsTarget,
  restrictedClaim,
  theoremX2OneHot,
  theoremX2TopOnePlusUniform,
  theoremX2TopTwo,
  theoremX2Unrestricted,
  type TrainingLoss,
} from '../../../properties/sparse-kd/claims/theorem-X.2.js';
import { audit } from './run-statement.js';

describe('Theorem X.2 (KD-equivalence classes)', () => {
  it('unrestricted: the optimal student is the target under KL(S‖q) and under squared loss; distinct families have distinct optima', () => {
    const r = audit(theoremX2Unrestricted);
    expect(r.verdict).toBe('holds');
    expect(r.obligations.map((o) => o.verdict)).toEqual(['holds', 'proved']);
  });

  it('unrestricted, falsified: under cross-entropy −Σ S_i ln q_i the target is not the optimal student (a vertex beats it)', () => {
    const crossEntropy: TrainingLoss = (N, S, q) => N.sum(q.map((qi, i) => N.mul(N.sub(qi, S[i]), N.ln(qi))));
    const r = audit(
      optimumIsTarget(
        { ...theoremX2Unrestricted, variant: 'cross-entropy' } as never,
        crossEntropy,
        'CE',
        (a, b) => `CE(${a}, ${b})`,
      ),
    );
    expect(r.verdict).toBe('refuted');
    expect(r.certified).toBe(true);
  });

  it('one-hot and uniform-on-2 students: the projection sees only the ranking, so the whole catalogue is one class', () => {
    for (const claim of [theoremX2OneHot, theoremX2TopTwo]) {
      const r = audit(claim);
      expect(r.verdict).toBe('holds');
      expect(r.evidence.summary).toMatch(/classes with distinct members \{[^}]*convex-mixing\/clamped[^}]*\}/);
      expect(r.evidence.summary).toContain('differ: none');
      expect(r.obligations.map((o) => o.verdict)).toEqual(['holds', 'vacuous']);
    }
  });

  it('top-1-plus-uniform students: only the family built as P_S ∘ power joins power; the natural families are all separated', () => {
    const r = audit(theoremX2TopOnePlusUniform);
    expect(r.verdict).toBe('holds');
    expect(r.evidence.summary).toContain(
      'classes with distinct members {power, top-1-plus-uniform students projection of power}',
    );
  });

  it('refutes the projection step when the closed form is wrong (always the uniform student)', () => {
    const wrong: StudentClass = {
      ...topOnePlusUniformStudents,
      name: 'wrong projection',
      project: (N, q) => q.map(() => N.ratio('1', String(q.length))),
    };
    const r = audit({
      ...restrictedClaim({ ...theoremX2OneHot, variant: 'wrong projection' } as never, wrong),
      evaluate: () => ({ kind: 'no-proposition', detail: 'search skipped' }),
    });
    expect(r.obligations[0].verdict).toBe('refuted');
    expect(r.obligations[0].certified).toBe(true);
  });

  it('finds no witness on top-1-plus-uniform students when the catalogue holds only power and convex mixing', () => {
    const r = audit({
      ...theoremX2TopOnePlusUniform,
      evaluate: (run) => equivalentPairs(topOnePlusUniformStudents, [power, convexMixingClamped], run),
    });
    expect(r.verdict).toBe('unfalsifiable');
    expect(r.evidence.summary).toContain('power ≁ convex-mixing/clamped');
  });
});
