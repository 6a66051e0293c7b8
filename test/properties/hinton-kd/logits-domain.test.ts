import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareSize } from '../../../engine/domains/domain.js';
import { temperaturePart } from '../../../engine/domains/record.js';
import { logitsDomain } from '../../../properties/hinton-kd/models/logits-domain.js';
import { mean } from '../../../properties/hinton-kd/models/rational.js';

const pair = logitsDomain({ names: ['z', 'v'] }, { T: temperaturePart });
const zeroMeaned = logitsDomain({ names: ['z', 'v'], relation: 'zero-means' });

describe('the logits domain (shared domain contract)', () => {
  it('generates valid values: equal lengths, exact rationals in bounds', () => {
    for (const x of fc.sample(pair.arbitrary, { seed: 3, numRuns: 300 })) expect(pair.validate(x)).toBeUndefined();
  });

  it('same seed, same values', () => {
    expect(fc.sample(pair.arbitrary, { seed: 11, numRuns: 50 })).toEqual(fc.sample(pair.arbitrary, { seed: 11, numRuns: 50 }));
  });

  it('shrinks strictly smaller, and valid', () => {
    for (const x of fc.sample(pair.arbitrary, { seed: 5, numRuns: 100 })) {
      for (const y of pair.simplify(x)) {
        expect(compareSize(pair.size(y), pair.size(x))).toBeLessThan(0);
        expect(pair.validate(y)).toBeUndefined();
      }
    }
  });

  it('generates the structures §2.1 turns on: ties, far-negative logits, shifts, equal means', () => {
    const xs = fc.sample(pair.arbitrary, { seed: 9, numRuns: 400 });
    expect(xs.some((x) => x.z[0] === x.z[1])).toBe(true);
    expect(xs.some((x) => x.v.includes('-1000'))).toBe(true);
    expect(xs.some((x) => x.z.join() !== x.v.join() && mean(x.z) === mean(x.v))).toBe(true);
    expect(Math.min(...xs.map((x) => x.z.length))).toBe(2);
  });

  it('keeps a zero-meaned pair zero-meaned while shrinking it, down toward N = 2 and small integers', () => {
    for (const x of fc.sample(zeroMeaned.arbitrary, { seed: 2, numRuns: 60 })) {
      expect([mean(x.z), mean(x.v)]).toEqual(['0', '0']);
      for (const y of zeroMeaned.simplify(x)) expect([mean(y.z), mean(y.v)]).toEqual(['0', '0']);
    }
    expect(zeroMeaned.simplify({ z: ['1', '-1', '0'], v: ['2', '-1', '-1'] })).toContainEqual({
      z: ['1', '-1'],
      v: ['3/2', '-3/2'],
    });
  });

  it('rejects what the generator never produces', () => {
    expect(pair.validate({ z: ['1', '2'], v: ['1', '2', '3'], T: '1' })).toMatch(/differ in length/);
    expect(pair.validate({ z: ['1', '2'], v: ['1'], T: '1' })).toMatch(/N = 1/);
    expect(pair.validate({ z: ['1', '0.5'], v: ['1', '2'], T: '1' })).toMatch(/not a rational/);
    expect(pair.validate({ z: ['1', '2000'], v: ['1', '2'], T: '1' })).toMatch(/outside/);
    expect(pair.validate({ z: ['1', '2'], v: ['1', '2'], T: '0' })).toMatch(/T/);
  });
});
