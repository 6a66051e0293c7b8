import { floatSafe, safeTemperature, withoutTinyMasses } from '../certification/policy.js';
import * as fc from 'fast-check';
import { compareWeights, describePoint, receivedNumber, receivedWeights } from '../instance/weights.js';
import { compareSize, type Domain } from './domain.js';
import {
  arrayProblem,
  choiceProblem,
  firstProblem,
  guarded,
  integerProblem,
  objectProblem,
  positiveProblem,
  temperatureProblem,
  weightsProblem,
  type Problem,
} from './validate.js';
import { denominatorDigits, nearbyWeights, simplerWeights } from './simplex.js';
import { anyOf, guidedTemperatures, guidedWeights, sharesAround, sharesAt, triedOf, type Guidance } from './guided.js';
import type { Boundary } from '../source/boundary.js';
import {
  TEMPERATURE_COVERAGE,
  scaleTemperature,
  simplerTemperatures,
  temperatureArb,
  temperatureComplexity,
} from './temperature.js';

/**
 * K teachers, each a point of Δ^V as exact weights (see engine/instance/weights.ts), teacher
 * weights w ∈ Δ^K as exact weights too (zeros allowed), and a temperature.
 */
export interface Ensemble {
  teachers: string[][];
  w: string[];
  T: string;
}

/** An ensemble and a raise of teacher k's weight: w'_k = w_k + d, the others rescaled by normalising. */
export interface EnsembleWithRaise extends Ensemble {
  k: number;
  d: string;
}

const entry = fc.oneof(
  { arbitrary: fc.constant('0'), weight: 3 },
  { arbitrary: fc.integer({ min: 1, max: 10 }).map(String), weight: 6 },
  { arbitrary: fc.integer({ min: 1, max: 1000 }).map(String), weight: 2 },
  { arbitrary: fc.integer({ min: 300, max: 340 }).map((e) => `1e-${e}`), weight: 1 },
);
const positive = (w: readonly string[]) => w.some((x) => /[1-9]/.test(x.split('e')[0]));
const teacherWeights = (K: number) =>
  fc
    .array(
      fc.oneof({ arbitrary: fc.constant('0'), weight: 1 }, { arbitrary: fc.integer({ min: 1, max: 9 }).map(String), weight: 4 }),
      { minLength: K, maxLength: K },
    )
    .filter(positive);

const teacherCount = fc.integer({ min: 1, max: 4 });

const ensembleOf = (V: fc.Arbitrary<number>, K: fc.Arbitrary<number> = teacherCount) =>
  fc.tuple(V, K).chain(([v, K]) =>
    fc.record({
      // identical teachers are a boundary case of their own: sometimes every teacher is the first
      teachers: fc
        .tuple(
          fc.array(fc.array(entry, { minLength: v, maxLength: v }).filter(positive), { minLength: K, maxLength: K }),
          fc.integer({ min: 0, max: 4 }),
        )
        .map(([ts, same]) => (same === 0 ? ts.map(() => ts[0]) : ts)),
      w: teacherWeights(K),
      T: temperatureArb,
    }),
  );

export const ensembleArb: fc.Arbitrary<Ensemble> = fc.oneof(
  { arbitrary: ensembleOf(fc.integer({ min: 2, max: 6 })), weight: 8 },
  { arbitrary: ensembleOf(fc.integer({ min: 7, max: 40 })), weight: 2 },
);

/**
 * Teachers on disjoint blocks of coordinates (one-hot when V = K), every weight positive and often
 * all equal: where pools that need a common support (log pool, negative-order power means) and the
 * coordinate-wise median (every coordinate's median 0) are undefined. A hard place for B1/simplex.
 */
export const disjointEnsembleArb: fc.Arbitrary<Ensemble> = fc
  .tuple(fc.integer({ min: 2, max: 4 }), fc.integer({ min: 0, max: 2 }))
  .chain(([K, extra]) =>
    fc.record({
      teachers: fc
        .array(fc.integer({ min: 1, max: 9 }), { minLength: K + extra, maxLength: K + extra })
        .map((mass) => Array.from({ length: K }, (_, k) => mass.map((m, i) => (i % K === k ? String(m) : '0')))),
      w: fc.oneof(
        fc.constant(Array.from({ length: K }, () => '1')),
        fc.array(fc.integer({ min: 1, max: 9 }).map(String), { minLength: K, maxLength: K }),
      ),
      T: temperatureArb,
    }),
  );

/**
 * Ensembles at harvested boundaries: a teacher with a coordinate (or its ratio to the maximum) at a
 * boundary, teacher weights with a share at one, or the temperature at one; the rest drawn as by
 * ensembleArb (teachers of the same V, the same K as the weights).
 */
function guidedEnsembles(boundaries: readonly Boundary[]): Guidance<Ensemble> | undefined {
  const points = guidedWeights(boundaries);
  const shares = sharesAround(boundaries, 'mass');
  const T = guidedTemperatures(boundaries);
  const teacherAt = points.arbitrary?.chain((t) =>
    fc
      .tuple(ensembleOf(fc.constant(t.length)), fc.nat())
      .map(([x, k]) => ({ ...x, teachers: x.teachers.map((u, j) => (j === k % x.teachers.length ? t : u)) })),
  );
  const weightsAt = shares.points.length
    ? sharesAt(shares.points, ENSEMBLE_LIMITS.maxK).chain((w) =>
        ensembleOf(fc.integer({ min: 2, max: 6 }), fc.constant(w.length)).map((x) => ({ ...x, w })),
      )
    : undefined;
  const temperatureAt = T.arbitrary && fc.tuple(ensembleArb, T.arbitrary).map(([x, T]) => ({ ...x, T }));
  const arbitrary = anyOf([teacherAt, weightsAt, temperatureAt]);
  return arbitrary && { arbitrary, tried: triedOf(boundaries, points.tried, shares.tried, T.tried) };
}

export const ENSEMBLE_COVERAGE = `K 1–4 teachers in Δ^V, V 2–40 (exact zeros, identical teachers, masses down to 1e-340), teacher weights with zeros; ${TEMPERATURE_COVERAGE}`;

/** The generated ranges of K and V (ensembleArb; disjointEnsembleArb stays within them). */
export const ENSEMBLE_LIMITS = { maxK: 4, maxV: 40 };

/**
 * Why x is not an ensemble {teachers, w, T, …extra}: K teachers (1…maxK), each a point of Δ^V with
 * the same V (2…maxV), K teacher weights with a positive sum, T in range. `extra` names further
 * fields the caller validates.
 */
export function ensembleProblem(x: unknown, extra: readonly string[] = [], limits = ENSEMBLE_LIMITS): Problem {
  const r = x as Record<string, unknown>;
  const teachers = r?.teachers as unknown[];
  return firstProblem(
    () => objectProblem(x, ['teachers', 'w', 'T', ...extra]),
    () => arrayProblem(teachers, 'teachers', 1, limits.maxK, 'K'),
    () => arrayProblem(teachers[0], 'teachers[0]', 2, limits.maxV, 'V'),
    () => {
      const V = (teachers[0] as unknown[]).length;
      for (const [k, t] of teachers.entries()) {
        const problem = weightsProblem(t, `teachers[${k}]`, V, V);
        if (problem) return problem;
      }
      return undefined;
    },
    () => weightsProblem(r.w, 'w (teacher weights)', teachers.length, teachers.length, 'K'),
    () => temperatureProblem(r.T),
  );
}

/**
 * Why x is not B4's boundary move {…ensemble, move: {k, i?}}: the moved entry (teacher weight w_k,
 * or teacher k's mass i) exists and is exactly 0, every row keeping a positive sum.
 */
/** A hyperplane 'a/b' with 0 < a/b < 1, a and b plain decimals. */
function planeProblem(plane: unknown): Problem {
  if (typeof plane !== 'string' || !/^[0-9.e-]+\/[0-9.e-]+$/.test(plane))
    return `move.plane must be a ratio 'a/b', got ${JSON.stringify(plane)}`;
  const [a, b] = plane.split('/');
  return firstProblem(
    () => positiveProblem(a, 'move.plane numerator'),
    () => positiveProblem(b, 'move.plane denominator'),
    () => (compareWeights(a, b) < 0 ? undefined : `move.plane ${plane} is not below 1`),
  );
}

export const boundaryMoveProblem = guarded((x) => {
  const r = x as EnsembleWithRaise & { move: { k: number; i?: number; plane?: unknown; down?: unknown } };
  return firstProblem(
    () => ensembleProblem(x, ['move']),
    () => objectProblem(r.move, ['k', 'i', 'plane', 'down'], ['i', 'plane', 'down']),
    () => integerProblem(r.move.k, 'move.k (the teacher)', 0, r.teachers.length - 1),
    () => (r.move.i === undefined ? undefined : integerProblem(r.move.i, 'move.i (the coordinate)', 0, r.teachers[0].length - 1)),
    () => (r.move.down === undefined ? undefined : choiceProblem(r.move.down, 'move.down', [true, false])),
    () => {
      const moved = r.move.i === undefined ? r.w[r.move.k] : r.teachers[r.move.k][r.move.i];
      // a hyperplane move starts from a positive share exactly a/b (0 < a/b < 1); any other from 0
      if (r.move.plane !== undefined)
        return (
          planeProblem(r.move.plane) ??
          (compareWeights(moved, '0') > 0 ? undefined : 'a hyperplane move needs a positive moved entry')
        );
      return compareWeights(moved, '0') === 0 ? undefined : `the moved entry is ${moved}, not 0: not a boundary point`;
    },
  );
});

const ensembleSize = (x: Ensemble) => [
  x.teachers[0].length,
  x.teachers.length,
  Math.max(denominatorDigits(x.w), ...x.teachers.map(denominatorDigits)),
  temperatureComplexity(x.T),
];

/** Candidates from a simplification that are strictly smaller than x. */
function smallerOnly<X>(x: X, size: (x: X) => number[], candidates: X[]): X[] {
  const own = size(x);
  return candidates.filter((c) => compareSize(size(c), own) < 0);
}

const sameLength = (w: readonly string[]) => simplerWeights(w).filter((c) => c.length === w.length);

/** x without teacher k (and its weight). */
const withoutTeacher = <X extends Ensemble>(x: X, k: number): X => ({
  ...x,
  teachers: x.teachers.filter((_, j) => j !== k),
  w: x.w.filter((_, j) => j !== k),
});

/** Simpler ensembles with the same teachers: one coordinate fewer, simpler numbers, a simpler T. */
function simplerEnsembles<X extends Ensemble>(x: X): X[] {
  const V = x.teachers[0].length;
  const out: X[] = [];
  if (V > 2) for (let i = 0; i < V; i++) out.push({ ...x, teachers: x.teachers.map((t) => t.filter((_, j) => j !== i)) });
  out.push({ ...x, w: x.w.map(() => '1') });
  for (const w of sameLength(x.w)) out.push({ ...x, w });
  x.teachers.forEach((t, k) => {
    for (const simpler of sameLength(t)) out.push({ ...x, teachers: x.teachers.map((u, j) => (j === k ? simpler : u)) });
  });
  for (const T of simplerTemperatures(x.T)) out.push({ ...x, T });
  return out.filter((c) => c.teachers.every(positive) && positive(c.w));
}

function nearbyEnsembles<X extends Ensemble>(x: X, scale: number, random: () => number): X[] {
  const k = Math.floor(random() * x.teachers.length);
  return [
    ...nearbyWeights(x.teachers[k], scale, random).map((t) => ({ ...x, teachers: x.teachers.map((u, j) => (j === k ? t : u)) })),
    ...nearbyWeights(x.w, scale, random).map((w) => ({ ...x, w })),
    { ...x, T: scaleTemperature(x.T, 1 + scale) },
    { ...x, T: scaleTemperature(x.T, 1 / (1 + scale)) },
  ].filter((c) => c.teachers.every(positive) && positive(c.w));
}

/** The ensemble with tiny masses and weights set to 0, T clamped into [1/16, 16] (float-safe). */
function towardFloatSafeEnsemble<E extends Ensemble>(x: E): E {
  return { ...x, teachers: x.teachers.map(withoutTinyMasses), w: withoutTinyMasses(x.w), T: safeTemperature(x.T) };
}

/** The ensemble as float64-only code receives it: every teacher, the weights and T as the doubles passed (see receivedWeights). */
function receivedEnsemble<E extends Ensemble>(x: E): E {
  return { ...x, teachers: x.teachers.map(receivedWeights), w: receivedWeights(x.w), T: receivedNumber(x.T) };
}

function describeEnsemble(x: Ensemble): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  x.teachers.forEach((t, k) => {
    const [key, value] = Object.entries(describePoint(t))[0];
    out[key === 'p' ? `p${k + 1}` : `${key.replace('p', `p${k + 1}`)}`] = value;
  });
  const [wKey, wValue] = Object.entries(describePoint(x.w))[0];
  out[wKey === 'p' ? 'w' : 'w (teacher weights, normalised)'] = wValue;
  out.T = x.T;
  return out;
}

export const ensembleDomain: Domain<Ensemble> = {
  arbitrary: ensembleArb,
  guided: guidedEnsembles,
  simplify: (x) =>
    smallerOnly(x, ensembleSize, [
      ...x.teachers.map((_, k) => withoutTeacher(x, k)).filter((c) => c.teachers.length > 0 && positive(c.w)),
      ...simplerEnsembles(x),
    ]),
  neighbours: nearbyEnsembles,
  size: ensembleSize,
  describe: describeEnsemble,
  coverage: ENSEMBLE_COVERAGE,
  received: receivedEnsemble,
  floatSafe: (x) => floatSafe([...x.teachers, x.w], [x.T]),
  towardFloatSafe: towardFloatSafeEnsemble,
  validate: guarded((x) => ensembleProblem(x)),
};

const raiseSize = (x: EnsembleWithRaise) => [...ensembleSize(x), denominatorDigits([x.d, '1'])];

/** An ensemble with a raise d of teacher k's weight. */
const withRaise = (ensembles: fc.Arbitrary<Ensemble>): fc.Arbitrary<EnsembleWithRaise> =>
  ensembles.chain((x) =>
    fc
      .record({
        k: fc.integer({ min: 0, max: x.teachers.length - 1 }),
        d: fc.oneof(fc.integer({ min: 1, max: 9 }).map(String), fc.constantFrom('0.1', '0.001', '1e-6')),
      })
      .map(({ k, d }) => ({ ...x, k, d })),
  );

export const ensembleWithRaiseDomain: Domain<EnsembleWithRaise> = {
  arbitrary: withRaise(ensembleArb),
  guided: (boundaries) => {
    const guidance = guidedEnsembles(boundaries);
    return guidance && { arbitrary: withRaise(guidance.arbitrary), tried: guidance.tried };
  },
  simplify: (x) =>
    smallerOnly(x, raiseSize, [
      // the raised teacher stays; dropping another one shifts its index
      ...x.teachers
        .flatMap((_, j) => (j === x.k ? [] : [{ ...withoutTeacher(x, j), k: j < x.k ? x.k - 1 : x.k }]))
        .filter((c) => positive(c.w)),
      ...simplerEnsembles(x),
      ...['1', '2', '0.1'].map((d) => ({ ...x, d })),
    ]),
  neighbours: (x, scale, random) => nearbyEnsembles(x, scale, random),
  size: raiseSize,
  describe: (x) => ({
    ...describeEnsemble(x),
    raised: `teacher ${x.k + 1}`,
    'w_k + d': `w_${x.k + 1} + ${x.d} (then normalised)`,
  }),
  coverage: `${ENSEMBLE_COVERAGE}; raise d ∈ {1…9, 0.1, 0.001, 1e-6}`,
  received: (x) => ({ ...x, ...receivedEnsemble(x) }),
  floatSafe: (x) => floatSafe([...x.teachers, x.w], [x.T]),
  towardFloatSafe: towardFloatSafeEnsemble,
  validate: guarded((x) => {
    const r = x as EnsembleWithRaise;
    return firstProblem(
      () => ensembleProblem(x, ['k', 'd']),
      () => integerProblem(r.k, 'k (the raised teacher)', 0, r.teachers.length - 1),
      () => positiveProblem(r.d, 'd (the raise)'),
    );
  }),
};
