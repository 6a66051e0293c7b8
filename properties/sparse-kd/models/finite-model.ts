import * as fc from 'fast-check';
import type { Domain } from '../../../engine/domains/domain.js';
import {
  arrayProblem,
  choiceProblem,
  decimalProblem,
  firstProblem,
  guarded,
  objectProblem,
  temperatureProblem,
  weightsProblem,
  type Problem,
} from '../../../engine/domains/validate.js';
import {
  simplerTemperatures,
  temperatureArb,
  temperatureComplexity,
  TEMPERATURE_COVERAGE,
} from '../../../engine/domains/temperature.js';
import { describePoint, exactRationals } from '../../../engine/instance/weights.js';
import { softeningOperators } from '../../../operators/softening/index.js';

/**
 * Section VII's setting as a finite probability space, so every expectation is an exact finite sum
 * (no Monte Carlo). At each input x (probability ∝ its weight) the teacher outputs p(x), the target
 * is q(x) = F_T(p(x)), and the training randomness 𝒜 together with the target noise is a list of
 * joint outcomes (weight w_k): the sparse student's output S_k (a point of the simplex), the dense
 * model's output T_k = q(x) + δ_k (given as its deviation δ_k from the target, so an unbiased dense
 * model can be written exactly), and the observed target y_k = q(x) + ε_k.
 */
export interface JointOutcome {
  /** Unnormalised probability (a positive integer). */
  w: string;
  /** Sparse student output, as simplex weights. */
  s: string[];
  /** Dense model output minus q(x). */
  d: string[];
  /** Target noise ε = y − q(x). */
  e: string[];
}

export interface InputPoint {
  w: string;
  /** Teacher probabilities p(x), as simplex weights. */
  p: string[];
  outcomes: JointOutcome[];
}

export interface FiniteModel {
  operator: string;
  T: string;
  points: InputPoint[];
}

// Closed-form families only: entropy projection solves an equation per call (seconds per certification at 50 digits).
export const closedFormOperators = softeningOperators.filter((op) => op.name !== 'entropy-projection').map((op) => op.name);

const weight = fc.integer({ min: 1, max: 4 }).map(String);
/** Dyadic offsets in [−1/2, 1/2]: exact in decimal, and ±pairs give exactly zero-mean noise. */
const offset = fc.constantFrom('0', '0.5', '-0.5', '0.25', '-0.25', '0.125', '-0.375');
const vector = (V: number) => fc.array(offset, { minLength: V, maxLength: V });
const simplexWeights = (V: number) =>
  fc.array(fc.integer({ min: 0, max: 4 }).map(String), { minLength: V, maxLength: V }).filter((w) => w.some((x) => x !== '0'));
const zeros = (V: number) => Array<string>(V).fill('0');
const neg = (v: readonly string[]) => v.map((x) => (x === '0' ? '0' : x.startsWith('-') ? x.slice(1) : `-${x}`));
/**
 * Zero-mean noise that tracks the student: ε_k ≈ S_k − S_1 (rounded to eighths) for k ≥ 2 and ε_1
 * chosen so that Σ_k a_k ε_k = 0 exactly (a_1 is set to 1, so ε_1 stays dyadic).
 */
function studentTracking(students: Array<[string, string[]]>): Array<[string, string[], string[]]> {
  const law: Array<[string, string[]]> = [['1', students[0][1]], ...students.slice(1)];
  const [first, ...rest] = law.map(([, s]) => exactRationals(s).map(([n, d]) => Number(n) / Number(d)));
  const tail = rest.map((sk) => sk.map((v, i) => Math.round((v - first[i]) * 8) / 8));
  const head = first.map((_, i) => -tail.reduce((sum, e, k) => sum + Number(law[k + 1][0]) * e[i], 0));
  return law.map(([a, s], k) => [a, s, (k === 0 ? head : tail[k - 1]).map((v) => String(v === 0 ? 0 : v))]);
}

/** Each vector and its negative with equal weight: a law with mean exactly 0. */
const symmetric = (law: Array<[string, string[]]>) =>
  law.flatMap(
    ([c, v]) =>
      [
        [c, v],
        [c, neg(v)],
      ] as Array<[string, string[]]>,
  );

/**
 * How the noise relates to the models, chosen so that each candidate assumption is met often and
 * violated often: independent (product law), coupled by index, or fitted (the noise equals the dense
 * model's deviation, or tracks the student with mean 0: evaluation on a model's own training
 * targets); noise absent, symmetric (exactly
 * zero-mean), a deterministic shift (a biased target) or free; dense deviations symmetric (an exactly unbiased dense model) or free.
 */
const pointArb = (V: number) =>
  fc
    .record({
      w: weight,
      p: simplexWeights(V),
      students: fc.array(fc.tuple(weight, simplexWeights(V)), { minLength: 1, maxLength: 3 }),
      dense: fc.array(fc.tuple(weight, vector(V)), { minLength: 1, maxLength: 2 }),
      unbiasedDense: fc.boolean(),
      noise: fc.array(fc.tuple(weight, vector(V)), { minLength: 1, maxLength: 2 }),
      noiseKind: fc.constantFrom('none', 'symmetric', 'shift', 'free'),
      // the product law twice as often: independence is the candidate assumption most searches are restricted to
      coupling: fc.constantFrom('product', 'product', 'index', 'fitted', 'fitted-student'),
    })
    .map(({ w, p, students, dense: deviations, unbiasedDense, noise, noiseKind, coupling }): InputPoint => {
      const dense = unbiasedDense ? symmetric(deviations) : deviations;
      const noiseLaw: Array<[string, string[]]> =
        noiseKind === 'none'
          ? [['1', zeros(V)]]
          : noiseKind === 'symmetric'
            ? symmetric(noise)
            : noiseKind === 'shift'
              ? [['1', noise[0][1]]]
              : noise;
      const product = (joint: Array<[string, string[], string[]]>) =>
        joint.flatMap(([a, s, e]) => dense.map(([b, d]) => ({ w: String(Number(a) * Number(b)), s, d, e })));
      const outcomes: JointOutcome[] =
        coupling === 'product'
          ? product(
              students.flatMap(([a, s]) =>
                noiseLaw.map(([c, e]): [string, string[], string[]] => [String(Number(a) * Number(c)), s, e]),
              ),
            )
          : coupling === 'fitted-student'
            ? product(studentTracking(students))
            : Array.from({ length: Math.max(students.length, dense.length, noiseLaw.length) }, (_, i) => {
                const [a, s] = students[i % students.length];
                const d = dense[i % dense.length][1];
                return { w: a, s, d, e: coupling === 'fitted' ? d : noiseLaw[i % noiseLaw.length][1] };
              });
      return { w, p, outcomes };
    });

const simplerPoint = (x: InputPoint): InputPoint[] => [
  ...(x.outcomes.length > 1 ? x.outcomes.map((_, k) => ({ ...x, outcomes: x.outcomes.filter((__, j) => j !== k) })) : []),
  ...x.outcomes.flatMap((o, k) =>
    [
      { ...o, w: '1' },
      { ...o, e: zeros(o.e.length) },
      { ...o, d: zeros(o.d.length) },
    ]
      .filter((c) => JSON.stringify(c) !== JSON.stringify(o))
      .map((c) => ({ ...x, outcomes: x.outcomes.map((oo, j) => (j === k ? c : oo)) })),
  ),
];

const complexity = (x: FiniteModel) =>
  x.points.reduce(
    (n, pt) => n + pt.outcomes.reduce((m, o) => m + Number(o.w) + [...o.e, ...o.d].filter((v) => v !== '0').length, 0),
    0,
  );

/** Generated bounds: weights are products of at most three integers 1–4; outcomes at most 3 × 4 × 4. */
const MAX_OUTCOMES = 48;
/** Dense deviations and noise are dyadic offsets in [−1/2, 1/2], or ε_1 = −Σ a_k ε_k (|·| ≤ 8) for noise fitted to the students. */
const MAX_OFFSET = '8';

const countProblem = (w: unknown, what: string): Problem =>
  typeof w === 'string' && /^[1-9]\d{0,5}$/.test(w)
    ? undefined
    : `${what} ${JSON.stringify(w)?.slice(0, 40)} is not a positive integer (as a string)`;
const offsetsProblem = (v: unknown, what: string, V: number): Problem =>
  arrayProblem(v, what, V, V, 'V') ??
  (v as unknown[]).map((d, i) => decimalProblem(d, `${what}[${i}]`, `-${MAX_OFFSET}`, MAX_OFFSET)).find((p) => p !== undefined);

function finiteModelProblem(x: unknown): Problem {
  const m = x as FiniteModel;
  const V = () => m.points[0].p.length;
  const pointProblem = (pt: InputPoint, i: number): Problem =>
    firstProblem(
      () => objectProblem(pt, ['w', 'p', 'outcomes']),
      () => countProblem(pt.w, `points[${i}].w`),
      () => weightsProblem(pt.p, `points[${i}].p`, V(), V()),
      () => arrayProblem(pt.outcomes, `points[${i}].outcomes`, 1, MAX_OUTCOMES),
      () =>
        pt.outcomes
          .map((o, k): Problem => {
            const what = `points[${i}].outcomes[${k}]`;
            return firstProblem(
              () => objectProblem(o, ['w', 's', 'd', 'e']),
              () => countProblem(o.w, `${what}.w`),
              () => weightsProblem(o.s, `${what}.s`, V(), V()),
              () => offsetsProblem(o.d, `${what}.d`, V()),
              () => offsetsProblem(o.e, `${what}.e`, V()),
            );
          })
          .find((p) => p !== undefined),
    );
  return firstProblem(
    () => objectProblem(x, ['operator', 'T', 'points']),
    () => choiceProblem(m.operator, 'operator', closedFormOperators),
    () => temperatureProblem(m.T),
    () => arrayProblem(m.points, 'points', 1, 2),
    () => objectProblem(m.points[0], ['w', 'p', 'outcomes']) ?? weightsProblem(m.points[0].p, 'points[0].p', 2, 3),
    () => m.points.map(pointProblem).find((p) => p !== undefined),
  );
}

/** Finite models: 1–2 inputs, V = 2–3 classes, up to 3 student, 4 dense and 4 noise outcomes per input. */
export const finiteModelDomain: Domain<FiniteModel> = {
  arbitrary: fc.integer({ min: 2, max: 3 }).chain((V) =>
    fc.record({
      operator: fc.constantFrom(...closedFormOperators),
      T: temperatureArb,
      points: fc.array(pointArb(V), { minLength: 1, maxLength: 2 }),
    }),
  ),
  simplify: (x) => [
    ...(x.points.length > 1 ? x.points.map((_, i) => ({ ...x, points: x.points.filter((__, j) => j !== i) })) : []),
    ...x.points.flatMap((pt, i) => simplerPoint(pt).map((c) => ({ ...x, points: x.points.map((pp, j) => (j === i ? c : pp)) }))),
    ...simplerTemperatures(x.T).map((T) => ({ ...x, T })),
    ...closedFormOperators.slice(0, closedFormOperators.indexOf(x.operator)).map((operator) => ({ ...x, operator })),
  ],
  neighbours: () => [],
  size: (x) => [
    x.points[0].p.length,
    x.points.length,
    x.points.reduce((n, pt) => n + pt.outcomes.length, 0),
    complexity(x),
    temperatureComplexity(x.T),
    closedFormOperators.indexOf(x.operator),
  ],
  describe: (x) => ({
    operator: x.operator,
    T: x.T,
    ...Object.fromEntries(
      x.points.flatMap((pt, i) => [
        [`x${i + 1}: weight, p`, [pt.w, ...(describePoint(pt.p).p ?? pt.p)]],
        ...pt.outcomes.map((o, k) => [
          `x${i + 1} outcome ${k + 1}: weight | S | T − q | ε`,
          [o.w, '|', ...(describePoint(o.s).p ?? o.s), '|', ...o.d, '|', ...o.e],
        ]),
      ]),
    ),
  }),
  coverage: `1–2 inputs with V 2–3; per input up to 3 student outputs, 4 dense deviations (symmetric or free), 4 noise vectors (dyadic, |ε_i| ≤ 1/2; none, symmetric, a shift or free), independent, coupled, or fitted to T or to S; closed-form operators; ${TEMPERATURE_COVERAGE}`,
  validate: guarded(finiteModelProblem),
};
