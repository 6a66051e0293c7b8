import { afterEach, describe, expect, it } from 'vitest';
import { decimalNum, float64, intervalNum } from '../../engine/num/index.js';
import { isBudgetExhausted, isOperatorFault } from '../../engine/operator-fault.js';
import { answer } from '../../plugin/answer.js';
import { loadPlugin, type LoadedPlugin } from '../../plugin/load.js';
import { pluginOperator } from '../../plugin/operator.js';
import busy from '../fixtures/plugins/busy.js';

const open: LoadedPlugin[] = [];
afterEach(() => open.splice(0).forEach((op) => op.close()));

function load(name: string, callTimeoutMs = 5000) {
  const result = loadPlugin(`test/fixtures/plugins/${name}`, { callTimeoutMs });
  if (!result.ok) throw new Error(result.error);
  open.push(result.operator);
  if (result.operator.kind !== 'softening') throw new Error(`${name} is not a softening operator`);
  return result.operator;
}

function thrown(f: () => unknown): unknown {
  try {
    f();
  } catch (e) {
    return e;
  }
  throw new Error('expected a throw');
}

describe('the deadline', () => {
  it('cuts a slow call at the deadline (BudgetExhausted, not a timeout), and later calls do not run', () => {
    const op = load('busy.ts');
    expect(op.apply(float64, [0.5, 0.5], 1)).toEqual([0.5, 0.5]);
    op.setDeadline(Date.now() + 400);
    const started = Date.now();
    expect(isBudgetExhausted(thrown(() => op.apply(float64, [0.5, 0.5], 1)))).toBe(true);
    // the 1.5 s call was not waited for, nor retried
    expect(Date.now() - started).toBeLessThan(1000);
    const after = Date.now();
    expect(isBudgetExhausted(thrown(() => op.apply(float64, [0.5, 0.5], 2)))).toBe(true);
    expect(Date.now() - after).toBeLessThan(50);
  });

  it('a later deadline lets calls run again', () => {
    const op = load('power.ts');
    op.setDeadline(Date.now() - 1);
    expect(isBudgetExhausted(thrown(() => op.apply(float64, [0.5, 0.5], 1)))).toBe(true);
    op.setDeadline(Date.now() + 60_000);
    expect(op.apply(float64, [0.5, 0.5], 1)).toEqual([0.5, 0.5]);
  });

  it('in-process (the vitest matchers), calls after the deadline are refused', () => {
    let calls = 0;
    const op = pluginOperator(
      { kind: 'softening', name: 'busy', hasExact: false },
      'test',
      (request) => (calls++, answer(busy as never, request)),
      () => {},
    );
    if (op.kind !== 'softening') throw new Error('expected a softening operator');
    op.setDeadline(Date.now() - 1);
    expect(isBudgetExhausted(thrown(() => op.apply(float64, [0.5, 0.5], 1)))).toBe(true);
    expect(calls).toBe(0);
  });
});

describe('nondeterminism', () => {
  it('an output that differs between two calls on the same input is a fault when evaluated in decimal or interval', () => {
    const op = load('flaky.ts');
    const D = decimalNum(30);
    const fault = thrown(() => op.apply(D, [D.of('0.25'), D.of('0.75')], D.of(1)));
    expect(isOperatorFault(fault) && fault.kind).toBe('nondeterministic');
    expect((fault as Error).message).toContain(
      'flaky at p = (0.25, 0.75), T = 1: two calls on this input returned different outputs',
    );
    const I = intervalNum(40);
    expect(isOperatorFault(thrown(() => op.apply(I, [I.of('0.25'), I.of('0.75')], I.of(1))))).toBe(true);
  });

  it('the other side: float64 screening calls once, and a deterministic operator passes in decimal', () => {
    const flaky = load('flaky.ts');
    expect(flaky.apply(float64, [0.25, 0.75], 1)).toEqual([0.25, 0.75]);
    expect(flaky.apply(float64, [0.25, 0.75], 1)).toEqual([0.75, 0.25]);
    const D = decimalNum(30);
    expect(
      load('power.ts')
        .apply(D, [D.of('0.25'), D.of('0.75')], D.of(1))
        .map(String),
    ).toEqual(['0.25', '0.75']);
  });
});
