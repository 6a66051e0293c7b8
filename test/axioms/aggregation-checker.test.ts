import { describe, expect, it } from 'vitest';
import { B1Hull, B1HullSoftened, B1HullWeighted, B1Simplex } from '../../axioms/aggregation/b1-convexity.js';
import { B2AllPositive, B2AnyWeighted } from '../../axioms/aggregation/b2-positivity.js';
import {
  B3KL,
  B3KLSoftened,
  B3ReverseKL,
  B3ReverseKLSoftened,
  B3TV,
  B3TVSoftened,
} from '../../axioms/aggregation/b3-weight-monotonicity.js';
import { B4 } from '../../axioms/aggregation/b4-continuity.js';
import { B5Commutes, B5Reparametrised } from '../../axioms/aggregation/b5-temperature.js';
import * as F from '../fixtures/aggregation-operators.js';
import { run } from './run.js';

/**
 * The B-checks tested as checks: each refutes an operator built to break its property, with a
 * certified counterexample, and spares an operator that satisfies it.
 */
const refuted = (r: ReturnType<typeof run>) => {
  expect(r.verdict).toBe('refuted');
  expect(r.certified).toBe(true);
  return r.counterexample!;
};

describe('the linear pool that ignores T conforms to B1–B4', () => {
  it.each(
    [B1Simplex, B1Hull, B1HullWeighted, B2AllPositive, B2AnyWeighted, B3KL, B3ReverseKL, B3TV, B4].map(
      (c) => [`${c.id}/${c.variant}`, c] as const,
    ),
  )('is not refuted on %s', (_, check) => {
    const r = run(check, F.linearPool);
    expect(r.verdict).toBe('holds');
    expect(r.evidence.screened).toBeGreaterThan(50);
  });
});

describe('the softened readings, against the teachers softened at T', () => {
  const softenedReadings = [B1HullSoftened, B3KLSoftened, B3ReverseKLSoftened, B3TVSoftened];
  it.each(softenedReadings.map((c) => [`${c.id}/${c.variant}`, c] as const))(
    '%s holds for the linear pool of softened teachers',
    (_, check) => {
      expect(run(check, F.softenedLinearPool).verdict).toBe('holds');
    },
  );
  it('B1/hull-softened refutes mixing toward uniform', () => {
    refuted(run(B1HullSoftened, F.mixedSoftenedLinearPool));
  });
  it.each([B3KLSoftened, B3ReverseKLSoftened, B3TVSoftened].map((c) => [c.variant, c] as const))(
    'B3/%s refutes the wiggled share on softened teachers',
    (_, check) => {
      refuted(run(check, F.softenedWiggle));
    },
  );
});

describe('B1', () => {
  it('simplex: refutes an output summing to 1 + 1e-9 only for three teachers or more', () => {
    const c = refuted(run(B1Simplex, F.overweightForThreeTeachers));
    expect(Object.keys(c.instance).filter((k) => k.startsWith('p'))).toHaveLength(3);
  });
  it('hull: refutes mixing toward uniform above T = 1, which stays in the simplex', () => {
    const c = refuted(run(B1Hull, F.mixedAboveOne));
    expect(Number(c.instance.T)).toBeGreaterThan(1);
    expect(run(B1Simplex, F.mixedAboveOne).verdict).toBe('holds');
  });
});

describe('B2', () => {
  it('refutes a pool that drops masses below 1e-12, in both readings', () => {
    refuted(run(B2AllPositive, F.dropsTinyMass));
    refuted(run(B2AnyWeighted, F.dropsTinyMass));
  });
  it('the logarithmic pool keeps positivity where every teacher is positive, not where one weighted teacher is', () => {
    expect(run(B2AllPositive, F.softenedLogPool).verdict).toBe('holds');
    refuted(run(B2AnyWeighted, F.softenedLogPool));
  });
});

describe('B3', () => {
  it.each([B3KL, B3ReverseKL, B3TV].map((c) => [c.variant, c] as const))(
    '%s: refutes a share of teacher 1 that falls as w_1 rises',
    (_, check) => {
      const c = refuted(run(check, F.wigglesFirstWeight));
      expect(c.instance.raised).toMatch(/^teacher [12]$/);
    },
  );
  it('the wiggle breaks only B3', () => {
    expect(run(B1Simplex, F.wigglesFirstWeight).verdict).toBe('holds');
    expect(run(B2AnyWeighted, F.wigglesFirstWeight).verdict).toBe('holds');
  });
});

describe('B4', () => {
  it('refutes a jump where a teacher weight reaches 0', () => {
    const c = refuted(run(B4, F.jumpsAtZeroWeight));
    expect(c.instance['moved to 0']).toMatch(/^w_/);
  });
  it('does not refute the steep but continuous pool of softened teachers (a zero mass moves by δ^(1/T))', () => {
    expect(run(B4, F.softenedLinearPool).verdict).toBe('holds');
  });
  it('finds the logarithmic pool discontinuous at a zero weight over a zero mass', () => {
    refuted(run(B4, F.softenedLogPool));
  });
});

describe('B5', () => {
  it('the softened logarithmic pool commutes with softening', () => {
    expect(run(B5Commutes, F.softenedLogPool).verdict).toBe('holds');
    expect(run(B5Reparametrised, F.softenedLogPool).verdict).toBe('holds');
  });
  it('commutes: refutes softening at T^1.01, which still holds up to reparametrising T', () => {
    refuted(run(B5Commutes, F.softensAtBentT));
    expect(run(B5Reparametrised, F.softensAtBentT).verdict).toBe('holds');
  });
  it('reparametrised: refutes the linear pool of softened teachers', () => {
    refuted(run(B5Reparametrised, F.softenedLinearPool));
  });
});
