import { describe, expect, it } from 'vitest';
import { A0 } from '../../axioms/softening/a0-simplex.js';
import { A1 } from '../../axioms/softening/a1-ranking.js';
import { intervalNum, type Num } from '../../engine/num/index.js';
import { powerTransform } from '../../operators/softening/power.js';
import type { SofteningOperator } from '../../engine/operators/softening.js';
import { run } from './run.js';

/**
 * A formula that divides by an exact 0 has no value there. Interval arithmetic says so with the
 * empty set (IEEE 1788), which absorbs every later operation; an output that depends on it is
 * certainly undefined, which A0 (an output in Δ^V is required) refutes. Found by `kdaudit mutate`:
 * power with max → min normalises by min p, which is 0 wherever p has a zero.
 */
const generic = (name: string, apply: SofteningOperator['apply']): SofteningOperator => ({
  kind: 'softening',
  name,
  description: name,
  exactness: 'generic',
  apply,
});

/** (p_i / min p)^(1/T), normalised: equal to the power transform where p > 0, 0/0 where p has a zero. */
const byMinimum = generic('power-by-minimum', (N, p, T) => {
  const low = p.reduce((a, b) => N.min(a, b));
  const scaled = p.map((x) => N.pow(N.div(x, low), N.div(N.of(1), T)));
  const total = N.sum(scaled);
  return scaled.map((x) => N.div(x, total));
});

/** The power transform, after computing (and discarding) 1 / (p_1 − p_1): a division by 0 the output does not depend on. */
const discardedDivision = generic('power-discarding-a-division-by-zero', (N, p, T) => {
  const unused = N.div(N.of(1), N.sub(p[0], p[0]));
  return N.isEmpty(unused) ? powerTransform(N, p, T) : powerTransform(N, p, T);
});

describe('interval arithmetic: a division by an exact 0 is the empty set', () => {
  const I: Num<any> = intervalNum(30);
  it('is empty, absorbs later operations, has NaN bounds and decides no comparison', () => {
    const empty = I.div(I.of(1), I.of(0));
    expect(I.isEmpty(empty)).toBe(true);
    for (const v of [
      I.add(empty, I.of(1)),
      I.exp(empty),
      I.pow(I.of('0.5'), empty),
      I.sum([I.of(1), empty]),
      I.max(I.of(2), empty),
    ])
      expect(I.isEmpty(v)).toBe(true);
    expect(I.bounds(empty)).toEqual(['NaN', 'NaN']);
    expect(I.lt(empty, I.of(1))).toBeUndefined();
  });
  it('a divisor that only encloses 0 is not empty: it may be a rounding, not a fact', () => {
    const near = I.sub(I.ratio('1', '3'), I.ratio('1', '3'));
    expect(I.isEmpty(I.div(I.of(1), near))).toBe(near.lo.isZero() && near.hi.isZero());
    expect(I.isEmpty(I.div(I.of(1), I.of('1e-400')))).toBe(false);
  });
});

describe('an operator whose output divides by an exact 0', () => {
  it('is refuted on A0 with an interval certificate at an input with a zero', () => {
    const r = run(A0, byMinimum);
    expect(r.verdict).toBe('refuted');
    expect(r.counterexample!.certificate).toMatchObject({
      kind: 'interval',
      quantity: 'a divisor in the formula of the output',
      lo: '0',
      hi: '0',
    });
    expect(r.counterexample!.instance.p).toContain('0');
  });
  it('is judged elsewhere only where it is defined (A1: conditional, never refuted by the undefined inputs)', () => {
    const r = run(A1, byMinimum);
    expect(r.verdict).not.toBe('refuted');
  });
  it('a division by 0 that the output does not depend on refutes nothing', () => {
    expect(run(A0, discardedDivision).verdict).toBe('holds');
    expect(run(A1, discardedDivision).verdict).toBe('holds');
  });
});
