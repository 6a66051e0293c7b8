import * as fc from 'fast-check';
import type { Domain } from '../../../engine/domains/domain.js';
import {
  arrayProblem,
  choiceProblem,
  firstProblem,
  guarded,
  objectProblem,
  weightsProblem,
  type Problem,
} from '../../../engine/domains/validate.js';
import type { Ensemble } from '../../../engine/domains/ensemble.js';
import { denominatorDigits } from '../../../engine/domains/simplex.js';
import { describePoint } from '../../../engine/instance/weights.js';
import type { Num } from '../../../engine/num/index.js';

/** Teachers with independent errors: each takes two values with probability 1/2, independently (the exact model of claims/variance-reduction.ts). */
export interface RandomEnsemble {
  /** Per teacher, its two equally likely outcomes, as exact weights. */
  outcomes: Array<[string[], string[]]>;
  w: string[];
  T: string;
}

const weightEntry = fc.oneof(fc.constant('0'), fc.integer({ min: 1, max: 9 }).map(String));
const positive = (w: readonly string[]) => w.some((x) => x !== '0');

export const randomEnsembleDomain: Domain<RandomEnsemble> = {
  arbitrary: fc.tuple(fc.integer({ min: 2, max: 5 }), fc.integer({ min: 1, max: 3 })).chain(([V, K]) => {
    const point = fc.array(weightEntry, { minLength: V, maxLength: V }).filter(positive);
    return fc.record({
      outcomes: fc.array(fc.tuple(point, point), { minLength: K, maxLength: K }),
      w: fc.array(weightEntry, { minLength: K, maxLength: K }).filter(positive),
      T: fc.constantFrom('1', '2', '0.5'),
    });
  }),
  simplify: (x) =>
    x.outcomes.length > 1
      ? x.outcomes
          .map((_, k) => ({ ...x, outcomes: x.outcomes.filter((__, j) => j !== k), w: x.w.filter((__, j) => j !== k) }))
          .filter((c) => positive(c.w))
      : [],
  neighbours: () => [],
  size: (x) => [
    x.outcomes[0][0].length,
    x.outcomes.length,
    Math.max(denominatorDigits(x.w), ...x.outcomes.flat().map(denominatorDigits)),
  ],
  describe: (x) => ({
    ...Object.fromEntries(
      x.outcomes.flatMap(([a, b], k) => [
        [`p${k + 1} (prob. 1/2)`, describePoint(a).p ?? a],
        [`p${k + 1}′ (prob. 1/2)`, describePoint(b).p ?? b],
      ]),
    ),
    w: describePoint(x.w).p ?? x.w,
    T: x.T,
  }),
  coverage:
    'K 1–3 independent teachers, each one of two distributions on V 2–5 coordinates with probability 1/2; teacher weights with zeros; T ∈ {1, 2, 1/2}',
  validate: guarded((x) => {
    const r = x as RandomEnsemble;
    const V = () => (r.outcomes[0] as unknown as unknown[][])?.[0]?.length ?? 0;
    return firstProblem(
      () => objectProblem(x, ['outcomes', 'w', 'T']),
      () => arrayProblem(r.outcomes, 'outcomes', 1, 3, 'K'),
      () => arrayProblem(r.outcomes[0], 'outcomes[0]', 2, 2) ?? weightsProblem(r.outcomes[0][0], 'outcomes[0][0]', 2, 5),
      // every outcome of every teacher on the same V
      () =>
        r.outcomes
          .map(
            (pair, k): Problem =>
              arrayProblem(pair, `outcomes[${k}]`, 2, 2) ??
              weightsProblem(pair[0], `outcomes[${k}][0]`, V(), V()) ??
              weightsProblem(pair[1], `outcomes[${k}][1]`, V(), V()),
          )
          .find((p) => p !== undefined),
      () => weightsProblem(r.w, 'w (teacher weights)', r.outcomes.length, r.outcomes.length, 'K'),
      () => choiceProblem(r.T, 'T', ['1', '2', '0.5']),
    );
  }),
};

/** Every joint outcome (2^K of them, equally likely) as an ensemble. */
export function jointOutcomes(x: RandomEnsemble): Ensemble[] {
  return x.outcomes
    .reduce<string[][][]>((acc, pair) => acc.flatMap((chosen) => pair.map((p) => [...chosen, p])), [[]])
    .map((teachers) => ({ teachers, w: x.w, T: x.T }));
}

/** The variance of equally likely values, exactly in N. */
export function variance<V>(N: Num<V>, values: readonly V[]): V {
  const n = N.of(values.length);
  const mean = N.div(N.sum(values), n);
  return N.div(N.sum(values.map((v) => N.mul(N.sub(v, mean), N.sub(v, mean)))), n);
}
