import { describe, expect, it } from 'vitest';
import { B1HullSoftened } from '../../axioms/aggregation/b1-convexity.js';
import { B3KLSoftened, B3TVSoftened } from '../../axioms/aggregation/b3-weight-monotonicity.js';
import { DEFAULT_CONTEXT } from '../../engine/context.js';
import type { EnsembleWithRaise } from '../../engine/domains/ensemble.js';
import type { AggregationOperator } from '../../engine/operators/aggregation.js';
import { certify } from '../../engine/counterexamples/certify.js';
import { asOperator } from '../fixtures/in-process.js';

/**
 * A float64-only operator is judged on the doubles it received, and only where float64 cannot
 * underflow: a subnormal mass 7e-324 reaches it as 4.94e-324 (one ulp, 29% off), and raised to the
 * power 1/T its softened value moves by ~1e-4. An exact reference computed from 7e-324 would then
 * "refute" a correct pool; computed from the received doubles it does not, and such an instance is
 * outside the float-safe range anyway.
 */
const power = (p: number[], T: number) => {
  const top = Math.max(...p);
  const q = p.map((x) => (x / top) ** (1 / T));
  const s = q.reduce((a, b) => a + b, 0);
  return q.map((x) => x / s);
};

/** Soften each teacher at T, then pool linearly: correct on the softened readings of B3. */
const softenThenPool = asOperator({
  kind: 'aggregation',
  name: 'soften-then-pool',
  apply: (teachers: number[][], w: number[], T: number) => {
    const soft = teachers.map((t) => power(t, T));
    return soft[0].map((_, i) => soft.reduce((s, t, k) => s + w[k] * t[i], 0));
  },
}) as AggregationOperator;

// two identical teachers: the softened hull is one point, so any gap between reference and output shows
const subnormal: EnsembleWithRaise = {
  teachers: [
    ['7e-324', '1'],
    ['7e-324', '1'],
  ],
  w: ['1', '1'],
  T: '1000',
  k: 0,
  d: '1',
};

describe('float64-only certificates are computed from the doubles the operator received', () => {
  it.each([B1HullSoftened, B3KLSoftened, B3TVSoftened])(
    'a correct pool is not refuted at a subnormal mass ($id/$variant)',
    (check) => {
      expect(check.certify(softenThenPool, subnormal, DEFAULT_CONTEXT)).toBeUndefined();
    },
  );

  it('judged on the exact instance, as the operator did not see it, and outside float64\'s safe range, it would be "refuted" (B1/hull-softened)', () => {
    const naive = {
      ...B1HullSoftened.pointwise,
      domain: { ...B1HullSoftened.pointwise.domain, received: undefined, floatSafe: undefined },
    };
    expect(certify(naive, softenThenPool, subnormal, DEFAULT_CONTEXT)?.kind).toBe('float-output');
    // on the received doubles alone the artefact is gone too
    const receivedOnly = { ...B1HullSoftened.pointwise, domain: { ...B1HullSoftened.pointwise.domain, floatSafe: undefined } };
    expect(certify(receivedOnly, softenThenPool, subnormal, DEFAULT_CONTEXT)).toBeUndefined();
  });
});
