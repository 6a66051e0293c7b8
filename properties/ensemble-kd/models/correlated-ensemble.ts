import * as fc from 'fast-check';
import type { Domain } from '../../../engine/domains/domain.js';
import {
  arrayProblem,
  firstProblem,
  guarded,
  objectProblem,
  positiveProblem,
  weightsProblem,
  type Problem,
} from '../../../engine/domains/validate.js';
import { denominatorDigits, simplerWeights } from '../../../engine/domains/simplex.js';
import { describePoint, exactRationals, probabilities } from '../../../engine/instance/weights.js';
import type { Num } from '../../../engine/num/index.js';

/**
 * K random teachers with correlated errors, as a finite distribution (no simulation):
 *   p_k = α c_k + λ Z + μ Y_k,   (α, λ, μ) = mix, a point of Δ³ with λ, μ > 0,
 * where c_k is teacher k's own fixed distribution (teachers may differ in mean), Z is a shared
 * component — one of two distributions z, z′ with probability 1/2, the same draw for every teacher —
 * and Y_k is teacher k's own component — one of y, y′ with probability 1/2, independently across
 * teachers and of Z. Every p_k is a convex combination of distributions, so it lies in Δ^V; since
 * λ > 0, every outcome's teachers share the support of Z's draw (no pool is undefined here).
 *
 * At coordinate i, with a_i = z_i − z′_i and b_i = y_i − y′_i, each teacher's error has variance
 * σ_i² = (λ²a_i² + μ²b_i²)/4, and each pair of teachers covariance C_i = λ²a_i²/4: the errors are
 * exchangeable, with the same variance and the same pairwise correlation ρ_i = C_i/σ_i² (an exact
 * rational, anywhere in [0, 1]: ρ = 0 independent, ρ = 1 fully shared). This is the setting of the
 * classical formula Var(mean) = ρσ² + (1 − ρ)σ²/K.
 */
export interface CorrelatedEnsemble {
  /** Each teacher's fixed part c_k, as exact weights. */
  means: string[][];
  /** The shared component's two equally likely values z, z′. */
  shared: [string[], string[]];
  /** Each teacher's own component's two equally likely values y, y′ (drawn independently per teacher). */
  own: [string[], string[]];
  /** (α, λ, μ) as exact weights. */
  mix: [string, string, string];
}

const entry = fc.oneof(fc.constant('0'), fc.integer({ min: 1, max: 9 }).map(String));
const positive = (w: readonly string[]) => w.some((x) => x !== '0');

export const correlatedEnsembleArb: fc.Arbitrary<CorrelatedEnsemble> = fc
  .tuple(fc.integer({ min: 2, max: 4 }), fc.integer({ min: 2, max: 3 }))
  .chain(([V, K]) => {
    const point = fc.array(entry, { minLength: V, maxLength: V }).filter(positive);
    const share = fc.integer({ min: 1, max: 9 }).map(String);
    return fc.record({
      means: fc.array(point, { minLength: K, maxLength: K }),
      shared: fc.tuple(point, point),
      own: fc.tuple(point, point),
      mix: fc.tuple(entry, share, share),
    });
  });

/** Every joint outcome (2^(K+1), equally likely): the K teachers as points of Δ^V in N. */
export function correlatedOutcomes<V>(N: Num<V>, x: CorrelatedEnsemble): V[][][] {
  const [alpha, lambda, mu] = probabilities(N, x.mix);
  const [c, z, y] = [
    x.means.map((m) => probabilities(N, m)),
    x.shared.map((s) => probabilities(N, s)),
    x.own.map((o) => probabilities(N, o)),
  ];
  const draws = c.reduce<number[][]>(
    (acc) =>
      acc.flatMap((d) => [
        [...d, 0],
        [...d, 1],
      ]),
    [[0], [1]],
  );
  return draws.map(([s, ...e]) =>
    c.map((ck, k) => ck.map((cki, i) => N.add(N.add(N.mul(alpha, cki), N.mul(lambda, z[s][i])), N.mul(mu, y[e[k]][i])))),
  );
}

type Q = [bigint, bigint];
const q = {
  sub: ([a, b]: Q, [c, d]: Q): Q => [a * d - c * b, b * d],
  mul: ([a, b]: Q, [c, d]: Q): Q => [a * c, b * d],
  add: ([a, b]: Q, [c, d]: Q): Q => [a * d + c * b, b * d],
  show([a, b]: Q): string {
    if (a === 0n) return '0';
    let [g, h] = [a < 0n ? -a : a, b];
    while (h !== 0n) [g, h] = [h, g % h];
    return b / g === 1n ? `${a / g}` : `${a / g}/${b / g}`;
  },
};

/** ρ_i = λ²a_i² / (λ²a_i² + μ²b_i²) per coordinate, exactly ('—' where no teacher varies there). */
export function correlations(x: CorrelatedEnsemble): string[] {
  const [, l, m] = exactRationals(x.mix);
  const [z, z2, y, y2] = [...x.shared, ...x.own].map(exactRationals);
  return z.map((_, i) => {
    const a = q.mul(l, q.sub(z[i], z2[i]));
    const b = q.mul(m, q.sub(y[i], y2[i]));
    const [cov, total] = [q.mul(a, a), q.add(q.mul(a, a), q.mul(b, b))];
    return total[0] === 0n ? '—' : q.show([cov[0] * total[1], cov[1] * total[0]]);
  });
}

const mapPoints = (x: CorrelatedEnsemble, f: (w: string[]) => string[]): CorrelatedEnsemble => ({
  means: x.means.map(f),
  shared: [f(x.shared[0]), f(x.shared[1])],
  own: [f(x.own[0]), f(x.own[1])],
  mix: x.mix,
});
const valid = (x: CorrelatedEnsemble) =>
  [...x.means, ...x.shared, ...x.own].every(positive) && x.mix[1] !== '0' && x.mix[2] !== '0';
const sameLength = (w: readonly string[]) => simplerWeights(w).filter((c) => c.length === w.length);

export const correlatedEnsembleDomain: Domain<CorrelatedEnsemble> = {
  arbitrary: correlatedEnsembleArb,
  simplify(x) {
    const V = x.shared[0].length;
    const out: CorrelatedEnsemble[] = [];
    if (x.means.length > 2) x.means.forEach((_, k) => out.push({ ...x, means: x.means.filter((__, j) => j !== k) }));
    if (V > 2) for (let i = 0; i < V; i++) out.push(mapPoints(x, (w) => w.filter((_, j) => j !== i)));
    out.push({ ...x, means: x.means.map(() => x.means[0]) });
    x.means.forEach((m, k) => sameLength(m).forEach((s) => out.push({ ...x, means: x.means.map((u, j) => (j === k ? s : u)) })));
    ([0, 1] as const).forEach((s) => {
      sameLength(x.shared[s]).forEach((p) => out.push({ ...x, shared: s === 0 ? [p, x.shared[1]] : [x.shared[0], p] }));
      sameLength(x.own[s]).forEach((p) => out.push({ ...x, own: s === 0 ? [p, x.own[1]] : [x.own[0], p] }));
    });
    sameLength(x.mix).forEach((m) => out.push({ ...x, mix: m as [string, string, string] }));
    return out.filter(valid);
  },
  neighbours: () => [],
  size: (x) => [
    x.shared[0].length,
    x.means.length,
    Math.max(...[...x.means, ...x.shared, ...x.own, x.mix].map(denominatorDigits)),
  ],
  describe: (x) => ({
    ...Object.fromEntries(x.means.map((m, k) => [`c${k + 1}`, describePoint(m).p ?? m])),
    'Z shared (z or z′, prob. 1/2)': [
      ...(describePoint(x.shared[0]).p ?? x.shared[0]),
      '|',
      ...(describePoint(x.shared[1]).p ?? x.shared[1]),
    ],
    'Y_k own, independent (y or y′, prob. 1/2)': [
      ...(describePoint(x.own[0]).p ?? x.own[0]),
      '|',
      ...(describePoint(x.own[1]).p ?? x.own[1]),
    ],
    'p_k = α c_k + λ Z + μ Y_k, (α, λ, μ)': describePoint(x.mix).p ?? x.mix,
    'ρ_i (pairwise error correlation)': correlations(x),
    w: 'equal',
    T: '1',
  }),
  coverage:
    'K 2–3 teachers p_k = α c_k + λ Z + μ Y_k on V 2–4 coordinates: a shared two-point component Z and independent two-point components Y_k (exact ρ_i ∈ [0, 1] per coordinate), λ, μ > 0, teachers of different means; equal weights; T = 1; all 2^(K+1) joint outcomes enumerated',
  validate: guarded((x) => {
    const r = x as CorrelatedEnsemble;
    const V = () => (r.shared[0] as unknown[]).length;
    const points = (): Array<[string, unknown]> => [
      ...r.means.map((m, k): [string, unknown] => [`means[${k}]`, m]),
      ['shared[0]', r.shared[0]],
      ['shared[1]', r.shared[1]],
      ['own[0]', r.own[0]],
      ['own[1]', r.own[1]],
    ];
    return firstProblem(
      () => objectProblem(x, ['means', 'shared', 'own', 'mix']),
      () => arrayProblem(r.means, 'means', 2, 3, 'K'),
      () => arrayProblem(r.shared, 'shared', 2, 2) ?? arrayProblem(r.own, 'own', 2, 2),
      () => weightsProblem(r.shared[0], 'shared[0]', 2, 4),
      () =>
        points()
          .map(([what, w]): Problem => weightsProblem(w, what, V(), V()))
          .find((p) => p !== undefined),
      () => weightsProblem(r.mix, 'mix (α, λ, μ)', 3, 3, 'length'),
      () => positiveProblem(r.mix[1], 'λ') ?? positiveProblem(r.mix[2], 'μ'),
    );
  }),
};
