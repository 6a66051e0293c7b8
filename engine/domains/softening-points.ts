import { floatSafe, safeTemperature, withoutTinyMasses } from '../certification/policy.js';
import { Decimal } from 'decimal.js';
import * as fc from 'fast-check';
import { describePoint, receivedNumber, receivedWeights } from '../instance/weights.js';
import { compareSize, type Domain } from './domain.js';
import { anyOf, guidedTemperatures, guidedWeights, triedOf, type Guidance } from './guided.js';
import type { Boundary } from '../source/boundary.js';
import {
  firstProblem,
  guarded,
  integerProblem,
  objectProblem,
  temperatureProblem,
  weightsProblem,
  type Problem,
} from './validate.js';
import { SIMPLEX_COVERAGE, denominatorDigits, nearbyWeights, simplerWeights, simplexArb } from './simplex.js';
import {
  TEMPERATURE_COVERAGE,
  scaleTemperature,
  temperatureLess,
  simplerTemperatures,
  temperatureArb,
  temperatureComplexity,
} from './temperature.js';

/** A point p of the simplex (as weights) and a temperature. */
export interface PointAtTemperature {
  w: string[];
  T: string;
}

/** A point and two temperatures T < T2. */
export interface PointAtTwoTemperatures extends PointAtTemperature {
  T2: string;
}

const pointSize = (w: string[]) => [w.length, denominatorDigits(w)];

/** The generated range of V (engine/domains/simplex.ts). */
export const MAX_V = 1200;

/** Why x is not {w, T?, T2?} with w a point of Δ^V, V 2–maxV, and temperatures in range, T < T2. */
export function pointProblem(x: unknown, temperatures: 0 | 1 | 2, maxV = MAX_V, extra: readonly string[] = []): Problem {
  const keys = [...['w', 'T', 'T2'].slice(0, temperatures + 1), ...extra];
  const r = x as Record<string, unknown>;
  return firstProblem(
    () => objectProblem(x, keys),
    () => weightsProblem(r.w, 'w', 2, maxV),
    () => (temperatures >= 1 ? temperatureProblem(r.T) : undefined),
    () => (temperatures >= 2 ? temperatureProblem(r.T2, "T'") : undefined),
    () =>
      temperatures >= 2 && !temperatureLess(r.T as string, r.T2 as string)
        ? `T < T' is required, not T = ${r.T}, T' = ${r.T2}`
        : undefined,
  );
}

/**
 * Why x is not {w, T, move} (A2's jump probes): a point at a temperature, V 2–maxV, and a move
 * 'T+', 'T-' or the index of a vertex of Δ^V.
 */
export const pointWithMoveProblem = (maxV: number) =>
  guarded((x) => {
    const r = x as { w: unknown[]; move: unknown };
    return firstProblem(
      () => pointProblem(x, 1, maxV, ['move']),
      () =>
        r.move === 'T+' || r.move === 'T-'
          ? undefined
          : integerProblem(r.move, "move ('T+', 'T-' or a vertex index)", 0, r.w.length - 1),
    );
  });

/** Candidates from a simplification that are strictly smaller than x under `size`. */
function smallerOnly<X>(x: X, size: (x: X) => number[], candidates: X[]): X[] {
  const own = size(x);
  return candidates.filter((c) => compareSize(size(c), own) < 0);
}

/**
 * Instances of a domain with a point w and temperatures, at harvested boundaries: w with a coordinate
 * (or its ratio to the maximum) at a boundary, a temperature at one (`atTemperature` places it, the
 * others follow), or both; every other field as the default generator draws it.
 */
function guidedPoints<X extends { w: string[] }>(
  fallback: fc.Arbitrary<X>,
  boundaries: readonly Boundary[],
  atTemperature?: (T: fc.Arbitrary<string>) => fc.Arbitrary<Omit<X, 'w'>>,
): Guidance<X> | undefined {
  const w = guidedWeights(boundaries);
  const T: { arbitrary?: fc.Arbitrary<string>; tried: Boundary[] } = atTemperature
    ? guidedTemperatures(boundaries)
    : { tried: [] };
  const at = (rest: fc.Arbitrary<object>, points: fc.Arbitrary<string[]>) =>
    fc.tuple(rest, points).map(([x, w]) => ({ ...x, w }) as X);
  const temperatures = T.arbitrary && atTemperature?.(T.arbitrary);
  const arbitrary = anyOf<X>([
    w.arbitrary && at(fallback, w.arbitrary),
    temperatures && at(temperatures, simplexArb),
    temperatures && w.arbitrary && at(temperatures, w.arbitrary),
  ]);
  return arbitrary && { arbitrary, tried: triedOf(boundaries, w.tried, T.tried) };
}

export const pointDomain: Domain<{ w: string[] }> = {
  arbitrary: simplexArb.map((w) => ({ w })),
  guided: (boundaries) => guidedPoints(pointDomain.arbitrary, boundaries),
  simplify: (x) =>
    smallerOnly(
      x,
      (y) => pointSize(y.w),
      simplerWeights(x.w).map((w) => ({ w })),
    ),
  neighbours: (x, scale, random) => nearbyWeights(x.w, scale, random).map((w) => ({ w })),
  size: (x) => pointSize(x.w),
  describe: (x) => describePoint(x.w),
  coverage: SIMPLEX_COVERAGE,
  received: (x) => ({ w: receivedWeights(x.w) }),
  floatSafe: (x) => floatSafe([x.w], []),
  towardFloatSafe: (x) => ({ w: withoutTinyMasses(x.w) }),
  validate: guarded((x) => pointProblem(x, 0)),
};

const atTemperatureSize = (x: PointAtTemperature) => [...pointSize(x.w), temperatureComplexity(x.T)];

export const pointAtTemperatureDomain: Domain<PointAtTemperature> = {
  arbitrary: fc.record({ w: simplexArb, T: temperatureArb }),
  guided: (boundaries) => guidedPoints(pointAtTemperatureDomain.arbitrary, boundaries, (T) => T.map((T) => ({ T }))),
  simplify: (x) =>
    smallerOnly(x, atTemperatureSize, [
      ...simplerWeights(x.w).map((w) => ({ ...x, w })),
      ...simplerTemperatures(x.T).map((T) => ({ ...x, T })),
    ]),
  neighbours: (x, scale, random) => [
    ...nearbyWeights(x.w, scale, random).map((w) => ({ ...x, w })),
    { ...x, T: scaleTemperature(x.T, 1 + scale) },
    { ...x, T: scaleTemperature(x.T, 1 / (1 + scale)) },
  ],
  size: atTemperatureSize,
  describe: (x) => ({ ...describePoint(x.w), T: x.T }),
  coverage: `${SIMPLEX_COVERAGE}; ${TEMPERATURE_COVERAGE}`,
  received: (x) => ({ ...x, w: receivedWeights(x.w), T: receivedNumber(x.T) }),
  floatSafe: (x) => floatSafe([x.w], [x.T]),
  towardFloatSafe: (x) => ({ ...x, w: withoutTinyMasses(x.w), T: safeTemperature(x.T) }),
  validate: guarded((x) => pointProblem(x, 1)),
};

const twoTemperatureSize = (x: PointAtTwoTemperatures) => [...atTemperatureSize(x), temperatureComplexity(x.T2)];
const ordered = (x: PointAtTwoTemperatures) => temperatureLess(x.T, x.T2);

/** Two temperatures, the second strictly larger: generated as T and T2 = T·(1 + r). */
export const pointAtTwoTemperaturesDomain: Domain<PointAtTwoTemperatures> = {
  // Independent pairs, and close pairs T2 = T·(1 + 10^-k): monotonicity fails locally, so a
  // violation confined to a narrow band of T is found by hitting the band once, not twice.
  arbitrary: fc.oneof(
    fc
      .record({ w: simplexArb, T: temperatureArb, T2: temperatureArb })
      .map((x) => (temperatureLess(x.T2, x.T) ? { ...x, T: x.T2, T2: x.T } : x))
      .filter(ordered),
    fc
      .record({ w: simplexArb, T: temperatureArb, k: fc.integer({ min: 1, max: 8 }) })
      .map(({ w, T, k }) => ({ w, T, T2: scaleTemperature(T, 1 + 10 ** -k) })),
  ),
  // a temperature at a boundary, the other 10^-k beside it (above or below): the pair straddles the branch
  guided: (boundaries) =>
    guidedPoints(pointAtTwoTemperaturesDomain.arbitrary, boundaries, (T) =>
      fc
        .tuple(T, fc.integer({ min: 1, max: 8 }), fc.boolean())
        .map(([t, k, above]) =>
          above ? { T: t, T2: scaleTemperature(t, 1 + 10 ** -k) } : { T: scaleTemperature(t, 1 / (1 + 10 ** -k)), T2: t },
        )
        .filter((x) => temperatureLess(x.T, x.T2)),
    ),
  simplify: (x) =>
    smallerOnly(
      x,
      twoTemperatureSize,
      [
        ...simplerWeights(x.w).map((w) => ({ ...x, w })),
        ...simplerTemperatures(x.T).map((T) => ({ ...x, T })),
        ...simplerTemperatures(x.T2).map((T2) => ({ ...x, T2 })),
      ].filter(ordered),
    ),
  neighbours: (x, scale, random) =>
    [
      ...nearbyWeights(x.w, scale, random).map((w) => ({ ...x, w })),
      { ...x, T: scaleTemperature(x.T, 1 + scale) },
      { ...x, T: scaleTemperature(x.T, 1 / (1 + scale)) },
      { ...x, T2: scaleTemperature(x.T2, 1 + scale) },
      { ...x, T2: scaleTemperature(x.T2, 1 / (1 + scale)) },
    ].filter(ordered),
  size: twoTemperatureSize,
  describe: (x) => ({ ...describePoint(x.w), T: x.T, "T'": x.T2 }),
  received: (x) => ({ ...x, w: receivedWeights(x.w), T: receivedNumber(x.T), T2: receivedNumber(x.T2) }),
  floatSafe: (x) => floatSafe([x.w], [x.T, x.T2]),
  // T < T′ must survive the clamp: a pair clamped together keeps its ratio inside the range
  towardFloatSafe: (x) => ({ ...x, w: withoutTinyMasses(x.w), ...safePair(x.T, x.T2) }),
  coverage: `${SIMPLEX_COVERAGE}; T < T', each ${TEMPERATURE_COVERAGE.slice(2)}`,
  validate: guarded((x) => pointProblem(x, 2)),
};

/** Two temperatures T < T′ moved into [1/16, 16] together, so the pair stays ordered and apart. */
function safePair(T: string, T2: string): { T: string; T2: string } {
  const [a, b] = [safeTemperature(T), safeTemperature(T2)];
  if (temperatureLess(a, b)) return { T: a, T2: b };
  // both beyond the same end: keep the pair's ratio, anchored at that end
  const ratio = new Decimal(T2).div(T);
  return new Decimal(T).lt(1)
    ? { T: '0.0625', T2: ratio.times('0.0625').toString() }
    : { T: new Decimal(16).div(ratio).toString(), T2: '16' };
}
