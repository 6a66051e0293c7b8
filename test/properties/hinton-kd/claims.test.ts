import { describe, expect, it } from 'vitest';
import { universalStatement } from '../../../engine/statement/universal.js';
import { entropyCheck, S1EntropyMonotone, S1TowardInfinity, S1TowardZero } from '../../../properties/hinton-kd/claims/S1.js';
import { S2EveryT } from '../../../properties/hinton-kd/claims/S2.js';
import { S5ExactVsApprox, S5Simplification, simplification } from '../../../properties/hinton-kd/claims/S5.js';
import { S6EqualMeans, S6LimitField, S6WithoutCentring, S6ZeroMean } from '../../../properties/hinton-kd/claims/S6.js';
import { S7Absolute, S7Relative, S7WhichDominates } from '../../../properties/hinton-kd/claims/S7.js';
import {
  argminCheck,
  S8ArithmeticForKLpq,
  S8GeometricForKLqp,
  S8NoClosedForm,
  S8UnnormalisedGeometric,
} from '../../../properties/hinton-kd/claims/S8.js';
import { empiricalMnist } from '../../../properties/hinton-kd/claims/empirical.js';
import { decideStatement } from '../../../engine/decide.js';
import { audit } from '../sparse-kd/run-statement.js';

describe('S1 (softness)', () => {
  it('entropy increases with T and both limits hold', () => {
    for (const c of [S1EntropyMonotone, S1TowardInfinity, S1TowardZero]) expect(audit(c).verdict).toBe('holds');
  });

  it('the checker refutes the reversed claim (entropy decreasing in T), certified', () => {
    const swap = (x: { z: string[]; T: string; T2: string }) => ({ ...x, T: x.T2, T2: x.T });
    const reversed = {
      ...entropyCheck,
      screen: (op: never, x: Parameters<typeof swap>[0], ctx: never) => entropyCheck.screen(op, swap(x), ctx),
      certify: (op: never, x: Parameters<typeof swap>[0], ctx: never) => entropyCheck.certify(op, swap(x), ctx),
    };
    const r = audit(universalStatement(S1EntropyMonotone, reversed));
    expect(r.verdict).toBe('refuted');
    expect(r.certified).toBe(true);
  });
});

describe('S2 (1/T² scaling), every T', () => {
  it('is refuted with a minimal certified counterexample, and survives only for a student matching its teacher', () => {
    const r = audit(S2EveryT);
    expect(r.verdict).toBe('conditional');
    expect(r.counterexample?.instance.z).toHaveLength(2);
    expect(r.assumptionsNeeded).toEqual(['z = v + c·1']);
    expect(r.candidatesTried).toEqual([['equal means'], ['zero-meaned'], ['z = v + c·1']]);
  });
});

describe('S5 (Eq. 4)', () => {
  it('the simplification of Eq. 3 is proved; a wrong one (1/(N T) or a missing N) is not', () => {
    expect(audit(S5Simplification).verdict).toBe('proved');
    expect(decideStatement(simplification('(a - b)/(N*T)')).verdict).not.toBe('proved');
    expect(decideStatement(simplification('(a - b)/(T^2)')).verdict).not.toBe('proved');
  });

  it('read with "=", Eq. 4 is refuted on zero-meaned logits, certified', () => {
    const r = audit(S5ExactVsApprox);
    expect(r.verdict).toBe('refuted');
    expect(r.counterexample?.instance).toMatchObject({ z: ['0', '0'] });
  });
});

describe('S6 (matching logits in the high-temperature limit)', () => {
  it('holds for zero means and for equal means, with the limit field, and its steps are proved', () => {
    const zero = audit(S6ZeroMean);
    expect(zero.verdict).toBe('holds');
    expect(zero.obligations.map((o) => o.verdict)).toEqual(['proved', 'proved']);
    expect(audit(S6EqualMeans).verdict).toBe('holds');
    expect(audit(S6LimitField).verdict).toBe('holds');
  });

  it('without centring it is refuted, and equal means (weaker than zero means) rescue it', () => {
    const r = audit(S6WithoutCentring);
    expect(r.verdict).toBe('conditional');
    expect(r.assumptionsNeeded).toEqual(['equal means']);
    expect(r.counterexample?.certificate.kind).toBe('sequence-evidence');
  });
});

describe('S7 (low temperature)', () => {
  it('the sensitivity vanishes; relative to the others only for N ≥ 3 with a unique lowest logit', () => {
    expect(audit(S7Absolute).verdict).toBe('holds');
    const r = audit(S7Relative);
    expect(r.verdict).toBe('conditional');
    expect(r.counterexample?.instance.v).toHaveLength(2);
    expect(r.assumptionsNeeded).toEqual(['N ≥ 3', 'unique lowest logit']);
    expect(audit(S7WhichDominates).verdict).toBe('unfalsifiable');
  });
});

describe('S8 (which mean minimises which KL)', () => {
  it('arithmetic for KL(p, q) and normalised geometric for KL(q, p) hold, their decompositions proved', () => {
    for (const c of [S8ArithmeticForKLpq, S8GeometricForKLqp]) {
      const r = audit(c);
      expect(r.verdict).toBe('holds');
      expect(r.obligations.map((o) => o.verdict)).toEqual(['proved']);
      expect(r.statement).toMatch(/Ensemble-KD’s (linear|log) pool/);
    }
    expect(S8ArithmeticForKLpq.dependsOn).toEqual(['linear-pool']);
    expect(S8GeometricForKLqp.dependsOn).toEqual(['log-pool']);
  });

  it('the swapped pairings and the unnormalised geometric mean are refuted, certified', () => {
    for (const check of [argminCheck('KL(p,q)', 'geometric-normalised'), argminCheck('KL(q,p)', 'arithmetic')]) {
      const r = audit(universalStatement(S8ArithmeticForKLpq, check));
      expect(r.verdict).toBe('refuted');
      expect(r.certified).toBe(true);
    }
    expect(audit(S8UnnormalisedGeometric).verdict).toBe('conditional');
  });

  it('"no closed form" and the measurements have no truth value', () => {
    expect(audit(S8NoClosedForm).verdict).toBe('unfalsifiable');
    expect(audit(empiricalMnist).verdict).toBe('unfalsifiable');
  });
});
