import { afterEach, describe, expect, it } from 'vitest';
import { float64, decimalNum, intervalNum } from '../../engine/num/index.js';
import { faultOf } from '../fixtures/fault-of.js';
import { loadPlugin, type LoadedPlugin } from '../../plugin/load.js';

const fixture = (name: string) => `test/fixtures/plugins/${name}`;
const open: LoadedPlugin[] = [];

function loaded(name: string, callTimeoutMs: number): LoadedPlugin {
  const result = loadPlugin(fixture(name), { callTimeoutMs });
  if (!result.ok) throw new Error(result.error);
  open.push(result.operator);
  return result.operator;
}

function load(name: string, callTimeoutMs = 400) {
  const op = loaded(name, callTimeoutMs);
  if (op.kind !== 'softening') throw new Error(`${name} is not a softening operator`);
  return op;
}

function loadAggregation(name: string, callTimeoutMs = 400) {
  const op = loaded(name, callTimeoutMs);
  if (op.kind !== 'aggregation') throw new Error(`${name} is not an aggregation operator`);
  return op;
}

afterEach(() => open.splice(0).forEach((op) => op.close()));

describe('loading a user module', () => {
  it.each([
    ['missing.ts', 'no such file'],
    ['syntax-error.ts', 'Transform failed'],
    ['throws-at-import.js', 'cannot initialise'],
    ['no-default.js', 'no default export'],
    ['wrong-shape.js', 'no apply(p, T) function'],
  ])('%s fails to load with a message saying why', (name, message) => {
    const result = loadPlugin(fixture(name), { callTimeoutMs: 400 });
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.error).toContain(message);
  });

  it('a float64-only module is called in float64, and its doubles are read exactly in decimal and interval', () => {
    const op = load('power.ts');
    expect(op.exactness).toBe('float64');
    expect(op.apply(float64, [0.25, 0.75], 1)).toEqual([0.25, 0.75]);
    const D = decimalNum(30);
    const [first] = op.apply(D, [D.of('0.1'), D.of('0.9')], D.of(1));
    // the double nearest 0.1 is 0.1000000000000000055511151231257827…, not 0.1
    expect(first.toString().startsWith('0.10000000000000000555111512312')).toBe(true);
    // certification encloses each returned double within 2^-40 relative (its own rounding)
    const I = intervalNum(60);
    expect(I.bounds(op.apply(I, [I.of('0.5'), I.of('0.5')], I.of(2))[0])).toEqual([
      '0.49999999999954525264911353588104248046875',
      '0.50000000000045474735088646411895751953125',
    ]);
  });

  it('applyExact is used for decimal arithmetic', () => {
    const op = load('power-exact.ts');
    expect(op.exactness).toBe('decimal');
    const D = decimalNum(40);
    const q = op.apply(D, [D.of('0.25'), D.of('0.75')], D.of(2));
    // 1/(1 + √3)
    expect(q[0].toString().startsWith('0.366025403784438646763723170752936')).toBe(true);
  });
});

describe('bad behaviour at call time becomes a fault naming the input', () => {
  it('a throw', () => {
    const op = load('throws.ts');
    expect(op.apply(float64, [0.5, 0.5], 1)).toEqual([0.5, 0.5]);
    const fault = faultOf(() => op.apply(float64, [0.5, 0.5], 0.25));
    expect(fault.kind).toBe('threw');
    expect(fault.message).toContain('temperature too small for me');
    expect(fault.message).toContain('T = 0.25');
  });

  it('a hang is cut off by the per-call limit, and later calls still work', () => {
    const op = load('hangs.ts', 300);
    const fault = faultOf(() => op.apply(float64, [0.2, 0.8], 1000));
    expect(fault.kind).toBe('timeout');
    expect(fault.message).toContain('p = (0.2, 0.8), T = 1000');
    expect(op.apply(float64, [0.2, 0.8], 1)).toEqual([0.2, 0.8]);
  });

  it('process.exit in the module', () => {
    const op = load('exits.ts');
    const fault = faultOf(() => op.apply(float64, [0.5, 0.5], 2));
    expect(fault.kind).toBe('crashed');
    expect(op.apply(float64, [0.5, 0.5], 1)).toEqual([0.5, 0.5]);
  });

  it('a non-array and an enormous array are invalid outputs; the enormous one is not transferred', () => {
    expect(faultOf(() => load('not-array.ts').apply(float64, [0.5, 0.5], 1)).message).toContain('not an array (got string)');
    const enormous = faultOf(() => load('enormous.ts', 5000).apply(float64, [0.5, 0.5], 1));
    expect(enormous.kind).toBe('invalid-output');
    expect(enormous.message).toContain('10000000 entries');
  });

  it('NaN, negative and wrong-length outputs pass through unchanged: the axioms judge them', () => {
    expect(load('nan.ts').apply(float64, [0.5, 0.5], 1).every(Number.isNaN)).toBe(true);
    expect(load('negative.ts').apply(float64, [0.5, 0.5], 1)).toEqual([-0.5, 0.5]);
    expect(load('wrong-length.ts').apply(float64, [0.5, 0.5], 1)).toHaveLength(3);
  });

  it('mutating the input is a finding; the output is still used', () => {
    const op = load('mutates.ts');
    expect(op.apply(float64, [0.7, 0.3], 1)).toEqual([0.7, 0.3]);
    expect(op.findings()[0].message).toContain('mutated its input');
  });
});

describe('loading a user aggregation module', () => {
  it('is called with teachers and weights, and its doubles are enclosed in interval arithmetic', () => {
    const op = loadAggregation('linear-pool.ts');
    expect(op.exactness).toBe('float64');
    expect(
      op.apply(
        float64,
        [
          [1, 0],
          [0, 1],
        ],
        [0.25, 0.75],
        1,
      ),
    ).toEqual([0.25, 0.75]);
    const I = intervalNum(40);
    const [first] = op.apply(
      I,
      [
        [I.of('0.5'), I.of('0.5')],
        [I.of(1), I.of(0)],
      ],
      [I.of('0.5'), I.of('0.5')],
      I.of(2),
    );
    const [lo, hi] = I.bounds(first).map(Number);
    expect(lo).toBeLessThan(0.75);
    expect(hi).toBeGreaterThan(0.75);
    expect(hi - lo).toBeLessThan(2e-12);
  });

  it('a throw becomes a fault naming every teacher, the weights and T; mutating the weights is a finding', () => {
    const op = loadAggregation('pool-throws.ts');
    const fault = faultOf(() =>
      op.apply(
        float64,
        [
          [1, 0],
          [0, 1],
          [0.5, 0.5],
        ],
        [0.5, 0.25, 0.25],
        3,
      ),
    );
    expect(fault.kind).toBe('threw');
    expect(fault.input).toEqual({ p1: ['1', '0'], p2: ['0', '1'], p3: ['0.5', '0.5'], w: ['0.5', '0.25', '0.25'], T: '3' });
    expect(fault.message).toContain('only two teachers supported');
    op.apply(
      float64,
      [
        [1, 0],
        [0, 1],
      ],
      [1, 3],
      1,
    );
    expect(op.findings()[0].message).toContain('mutated its input');
  });
});
