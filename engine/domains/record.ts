import * as fc from 'fast-check';
import { Decimal } from 'decimal.js';
import { describePoint } from '../instance/weights.js';
import { compareSize, type Domain } from './domain.js';
import {
  arrayProblem,
  choiceProblem,
  decimalProblem,
  guarded,
  integerProblem,
  objectProblem,
  temperatureProblem,
  weightsProblem,
  type Problem,
} from './validate.js';
import { MAX_V } from './softening-points.js';
import { denominatorDigits, nearbyWeights, simplerWeights, simplexArb, SIMPLEX_COVERAGE } from './simplex.js';
import {
  scaleTemperature,
  simplerTemperatures,
  temperatureArb,
  temperatureComplexity,
  TEMPERATURE_COVERAGE,
} from './temperature.js';

/**
 * One field of an instance: how to generate it, simplify it, size it and print it. A statement's
 * domain is a record of parts (`recordDomain`), so a claim states its instance shape in a few lines
 * and inherits shrinking, minimality order and exact printing from the parts.
 */
export interface Part<V> {
  readonly arbitrary: fc.Arbitrary<V>;
  /** Simpler values, simplest first (need not be strictly smaller: the record filters). */
  simplify(v: V): V[];
  size(v: V): number[];
  describe(v: V): string | string[];
  neighbours?(v: V, scale: number, random: () => number): V[];
  readonly coverage: string;
  /** Why a value read from outside is not one of this part's values (`what` names the field), or undefined. */
  validate(v: unknown, what: string): Problem;
}

type Parts<R> = { [K in keyof R]: Part<R[K]> };

/** A domain over records whose fields are drawn from their parts; the size is the parts' sizes in field order. */
export function recordDomain<R extends Record<string, unknown>>(parts: Parts<R>, filter?: (x: R) => boolean): Domain<R> {
  const keys = Object.keys(parts) as Array<keyof R & string>;
  const size = (x: R) => keys.flatMap((k) => parts[k].size(x[k]));
  const keep = (x: R) => !filter || filter(x);
  const arbitrary = fc.record(Object.fromEntries(keys.map((k) => [k, parts[k].arbitrary]))) as unknown as fc.Arbitrary<R>;
  return {
    arbitrary: filter ? arbitrary.filter(filter) : arbitrary,
    simplify: (x) => {
      const own = size(x);
      return keys
        .flatMap((k) => parts[k].simplify(x[k]).map((v) => ({ ...x, [k]: v })))
        .filter((c) => keep(c) && compareSize(size(c), own) < 0);
    },
    neighbours: (x, scale, random) =>
      keys.flatMap((k) => (parts[k].neighbours?.(x[k], scale, random) ?? []).map((v) => ({ ...x, [k]: v }))).filter(keep),
    size,
    describe: (x) => Object.fromEntries(keys.map((k) => [k, parts[k].describe(x[k])])),
    coverage: keys.map((k) => `${k}: ${parts[k].coverage}`).join('; '),
    // every field by its part, then the record's own condition (what the generator filters by)
    validate: guarded((x) => {
      const shape = objectProblem(x, keys);
      if (shape) return shape;
      for (const k of keys) {
        const problem = parts[k].validate((x as R)[k], k);
        if (problem) return problem;
      }
      return keep(x as R) ? undefined : "the instance does not meet the domain's condition (outside what is generated)";
    }),
  };
}

const D = Decimal.clone({ precision: 60 });

/** A point of the closed simplex as exact weights (printed as p). */
export const simplexPart: Part<string[]> = {
  arbitrary: simplexArb,
  simplify: simplerWeights,
  size: (w) => [w.length, denominatorDigits(w)],
  describe: (w) => Object.values(describePoint(w))[0],
  neighbours: nearbyWeights,
  coverage: SIMPLEX_COVERAGE,
  validate: (w, what) => weightsProblem(w, what, 2, MAX_V),
};

export const temperaturePart: Part<string> = {
  arbitrary: temperatureArb,
  simplify: simplerTemperatures,
  size: (t) => [temperatureComplexity(t)],
  describe: (t) => t,
  neighbours: (t, scale) => [scaleTemperature(t, 1 + scale), scaleTemperature(t, 1 / (1 + scale))],
  coverage: TEMPERATURE_COVERAGE,
  validate: (t, what) => temperatureProblem(t, what),
};

/** Complexity of an exact decimal: significant digits plus the size of its exponent. */
const complexity = (s: string) => {
  const d = new D(s);
  return d.isZero() ? 0 : d.precision(true) + Math.abs(d.e) + (d.isNegative() ? 1 : 0);
};

/**
 * A real parameter as an exact decimal in [min, max]: simple values first (0, ±1, ±2, …), then
 * m·10^e. Shrinks toward the simplest value in range.
 */
export function decimalPart(
  min: string,
  max: string,
  simple: readonly string[] = ['0', '1', '-1', '2', '-2', '0.5', '10', '-10', '100', '1000'],
): Part<string> {
  const inRange = (s: string) => new D(s).gte(min) && new D(s).lte(max);
  const simpleIn = simple.filter(inRange);
  const lo = new D(min);
  const span = new D(max).minus(min);
  const random = fc
    .integer({ min: 0, max: 1_000_000 })
    .map((k) => lo.plus(span.times(k).div(1_000_000)).toSignificantDigits(6).toString());
  return {
    arbitrary: simpleIn.length
      ? fc.oneof({ arbitrary: fc.constantFrom(...simpleIn), weight: 1 }, { arbitrary: random, weight: 2 })
      : random,
    simplify: (s) =>
      [...simpleIn, new D(s).toSignificantDigits(1).toString(), new D(s).round().toString()]
        .filter((c) => c !== s && inRange(c))
        .map((c) => new D(c).toString()),
    size: (s) => [complexity(s)],
    describe: (s) => s,
    neighbours: (s, scale) =>
      [new D(s).times(1 + scale), new D(s).times(1 - scale), new D(s).plus(scale)]
        .map((d) => d.toSignificantDigits(12).toString())
        .filter(inRange),
    coverage: `[${min}, ${max}] (simple values first)`,
    validate: (s, what) => decimalProblem(s, what, min, max),
  };
}

/** A vector of real parameters (logits, parameters of a network), 1…maxLength entries. */
export function vectorPart(entry: Part<string>, minLength: number, maxLength: number): Part<string[]> {
  return {
    arbitrary: fc.array(entry.arbitrary, { minLength, maxLength }),
    simplify: (v) => [
      ...(v.length > minLength ? v.map((_, i) => [...v.slice(0, i), ...v.slice(i + 1)]) : []),
      ...v.flatMap((s, i) => entry.simplify(s).map((c) => v.map((x, j) => (j === i ? c : x)))),
    ],
    size: (v) => [v.length, v.reduce((a, s) => a + entry.size(s)[0], 0)],
    describe: (v) => [...v],
    coverage: `${minLength}–${maxLength} entries, each ${entry.coverage}`,
    validate: (v, what) => {
      const shape = arrayProblem(v, what, minLength, maxLength);
      if (shape) return shape;
      for (const [i, s] of (v as unknown[]).entries()) {
        const problem = entry.validate(s, `${what}[${i}]`);
        if (problem) return problem;
      }
      return undefined;
    },
  };
}

/** An integer in [min, max], shrinking toward min. */
export function integerPart(min: number, max: number): Part<number> {
  return {
    arbitrary: fc.integer({ min, max }),
    simplify: (n) => [min, Math.floor((n + min) / 2), n - 1].filter((k) => k >= min && k < n),
    size: (n) => [n - min],
    describe: (n) => String(n),
    coverage: `${min}–${max}`,
    validate: (n, what) => integerProblem(n, what, min, max),
  };
}

/** One of a fixed list (e.g. operator names), shrinking toward the first. */
export function choicePart<V extends string>(options: readonly V[]): Part<V> {
  return {
    arbitrary: fc.constantFrom(...options),
    simplify: (v) => options.slice(0, options.indexOf(v)),
    size: (v) => [options.indexOf(v)],
    describe: (v) => v,
    coverage: options.join(', '),
    validate: (v, what) => choiceProblem(v, what, options),
  };
}
