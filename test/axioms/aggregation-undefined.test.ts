import { describe, expect, it } from 'vitest';
import { B1Hull, B1Simplex } from '../../axioms/aggregation/b1-convexity.js';
import { B2AllPositive } from '../../axioms/aggregation/b2-positivity.js';
import { B5Commutes } from '../../axioms/aggregation/b5-temperature.js';
import { DEFAULT_CONTEXT } from '../../engine/context.js';
import type { Ensemble } from '../../engine/domains/ensemble.js';
import { float64 } from '../../engine/num/index.js';
import { isUndefinedOutput } from '../../engine/operator-fault.js';
import { findAggregationOperator } from '../../operators/aggregation/index.js';
import type { AggregationOperator } from '../../engine/operators/aggregation.js';
import { jensenLogLoss } from '../../properties/ensemble-kd/claims/jensen.js';
import * as F from '../fixtures/aggregation-operators.js';
import { run } from './run.js';

/**
 * Pools undefined at a point of their domain (a normalising total exactly 0) have no output in Δ^V
 * there: B1/simplex, which asks for one, counts that as a certified violation at the exact input;
 * every other check is judged on the domain of definition — `conditional` on it, never `error` —
 * and float64 underflow alone refutes nothing.
 */
const op = (name: string): AggregationOperator => findAggregationOperator(name)!;
const disjoint: Ensemble = {
  teachers: [
    ['1', '0'],
    ['0', '1'],
  ],
  w: ['1', '1'],
  T: '1',
};
/** Every coordinate's lower weighted median is 0: each teacher is one-hot on its own coordinate. */
const allMediansZero: Ensemble = {
  teachers: [
    ['1', '0', '0'],
    ['0', '1', '0'],
    ['0', '0', '1'],
  ],
  w: ['1', '1', '1'],
  T: '1',
};

describe('an operator undefined at an input violates B1/simplex there', () => {
  it.each([
    ['log-pool/soften-then-aggregate', disjoint],
    ['log-pool/aggregate-then-soften', disjoint],
    ['power-mean/r=-1/soften-then-aggregate', disjoint],
    ['weighted-median/aggregate-then-soften', allMediansZero],
  ] as const)('%s: certified by interval arithmetic at the exact input', (name, x) => {
    const c = B1Simplex.certify(op(name), x, DEFAULT_CONTEXT);
    expect(c?.kind).toBe('interval');
    expect(c?.hi).toBe('0');
    expect(c?.explanation).toMatch(/undefined at this input/);
  });

  it('the search refutes B1/simplex for the log pool with a minimal certified counterexample', () => {
    const r = run(B1Simplex, op('log-pool/soften-then-aggregate'));
    expect(r.verdict).toBe('refuted');
    expect(r.certified).toBe(true);
    // two teachers on two coordinates with disjoint supports
    expect(r.counterexample!.size.slice(0, 2)).toEqual([2, 2]);
    expect(r.counterexample!.certificate.quantity).toBe('the normalising total of the output');
  });

  it('the linear pool, defined everywhere, still holds', () => {
    expect(B1Simplex.certify(F.linearPool, disjoint, DEFAULT_CONTEXT)).toBeUndefined();
  });

  it('other readings do not certify it: the probe records a domain fact, not a violation', () => {
    const logPool = op('log-pool/soften-then-aggregate');
    expect(() => B1Hull.certify(logPool, disjoint, DEFAULT_CONTEXT)).toThrow(
      expect.objectContaining({ name: 'UndefinedOutput' }),
    );
    // a candidate in float64, then undefined in exact arithmetic: a fact about where the pool is defined
    const marked = { ...disjoint, marked: [0] };
    expect(() => jensenLogLoss.screen(logPool, marked, DEFAULT_CONTEXT)).toThrow(
      expect.objectContaining({ name: 'UndefinedOutput' }),
    );
    expect(() => jensenLogLoss.certify(logPool, marked, DEFAULT_CONTEXT)).toThrow(
      expect.objectContaining({ name: 'UndefinedOutput' }),
    );
  });

  it('undefined in float64 only is no fault for the other readings either', () => {
    const logPool = op('log-pool/soften-then-aggregate');
    const marked = {
      teachers: [
        ['1e-340', '1'],
        ['1', '1e-340'],
      ],
      w: ['1', '1'],
      T: '1',
      marked: [0],
    };
    expect(() => jensenLogLoss.screen(logPool, marked, DEFAULT_CONTEXT)).toThrow(
      expect.objectContaining({ name: 'UndefinedOutput' }),
    );
    expect(jensenLogLoss.certify(logPool, marked, DEFAULT_CONTEXT)).toBeUndefined();
  });

  it('undefined in float64 only (underflow) is a candidate that does not certify', () => {
    // exactly, the supports intersect on both coordinates; in float64 1e-340 is 0 and they do not
    const x: Ensemble = {
      teachers: [
        ['1e-340', '1'],
        ['1', '1e-340'],
      ],
      w: ['1', '1'],
      T: '1',
    };
    const logPool = op('log-pool/soften-then-aggregate');
    let thrown: unknown;
    try {
      logPool.apply(
        float64,
        [
          [0, 1],
          [1, 0],
        ],
        [0.5, 0.5],
        1,
      );
    } catch (e) {
      thrown = e;
    }
    expect(isUndefinedOutput(thrown)).toBe(true);
    expect(() => B1Simplex.screen(logPool, x, DEFAULT_CONTEXT)).toThrow(expect.objectContaining({ name: 'UndefinedOutput' }));
    expect(B1Simplex.certify(logPool, x, DEFAULT_CONTEXT)).toBeUndefined();
  });
});

describe('the search finds where each pool is undefined', () => {
  it.each(['weighted-median/soften-then-aggregate', 'power-mean/r=-1/aggregate-then-soften'])(
    '%s: B1/simplex refuted, certified',
    (name) => {
      const r = run(B1Simplex, op(name));
      expect(r.verdict).toBe('refuted');
      expect(r.counterexample!.certificate.quantity).toBe('the normalising total of the output');
    },
  );
});

describe('undefinedness is a domain fact: the other checks hold or fail where the pool is defined', () => {
  it.each([
    [B2AllPositive, 'log-pool/soften-then-aggregate'],
    [B5Commutes, 'log-pool/aggregate-then-soften'],
    [B2AllPositive, 'power-mean/r=-1/soften-then-aggregate'],
  ] as const)('%s on %s: conditional on intersecting supports, the undefined input shown, no error', (check, name) => {
    const r = run(check, op(name));
    expect(r.verdict).toBe('conditional');
    expect(r.assumptionsNeeded).toEqual(['the supports of the positively weighted teachers intersect']);
    expect(r.counterexample!.certificate.quantity).toBe('the normalising total of the output');
    expect(r.counterexample!.certificate.hi).toBe('0');
    expect(r.findings).toEqual([]);
  });

  it('a real violation where the pool is defined still refutes (B5/commutes on the power mean r = −1)', () => {
    const r = run(B5Commutes, op('power-mean/r=-1/soften-then-aggregate'));
    expect(r.verdict).toBe('refuted');
    expect(r.assumptionsNeeded).toBeUndefined();
  });

  it('a pool defined everywhere keeps its plain verdict', () => {
    expect(run(B2AllPositive, F.linearPool).verdict).toBe('holds');
  });
});
