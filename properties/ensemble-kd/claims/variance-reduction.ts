import * as fc from 'fast-check';
import { softenedTeachers } from '../../../axioms/aggregation/outputs.js';
import type { Domain } from '../../../engine/domains/domain.js';
import { arrayProblem, choiceProblem, firstProblem, guarded, objectProblem, weightsProblem, type Problem } from '../../../engine/domains/validate.js';
import type { Ensemble } from '../../../engine/domains/ensemble.js';
import { denominatorDigits } from '../../../engine/domains/simplex.js';
import { describePoint, probabilities } from '../../../engine/instance/weights.js';
import type { Num } from '../../../engine/num/index.js';
import { pointwise } from '../../../engine/pointwise.js';
import type { AggregationOperator } from '../../../engine/operators/aggregation.js';

/**
 * Ensemble-KD's variance reduction under independent teacher errors, checked exactly on a finite
 * distribution (no simulation): teacher k is a random distribution taking two values p_k and p′_k
 * with probability 1/2 each, independently across teachers. All 2^K joint outcomes are enumerated,
 * so Var(A_i) and Var(p_k,i) are exact. Two readings of "reduces variance":
 * - classical: Var(A_i) ≤ Σ_k w_k² Var(p_k,i) (the linear pool meets it with equality);
 * - averaged: Var(A_i) ≤ Σ_k w_k Var(p_k,i) (weaker).
 * Teachers enter as softened at T (F_T, the power transform), as in the other guarantees.
 * Correlated errors (ρσ² + (1 − ρ)σ²/K): variance-correlated.ts.
 */
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
      ? x.outcomes.map((_, k) => ({ ...x, outcomes: x.outcomes.filter((__, j) => j !== k), w: x.w.filter((__, j) => j !== k) })).filter((c) => positive(c.w))
      : [],
  neighbours: () => [],
  size: (x) => [x.outcomes[0][0].length, x.outcomes.length, Math.max(denominatorDigits(x.w), ...x.outcomes.flat().map(denominatorDigits))],
  describe: (x) => ({
    ...Object.fromEntries(x.outcomes.flatMap(([a, b], k) => [[`p${k + 1} (prob. 1/2)`, describePoint(a).p ?? a], [`p${k + 1}′ (prob. 1/2)`, describePoint(b).p ?? b]])),
    w: describePoint(x.w).p ?? x.w,
    T: x.T,
  }),
  coverage: 'K 1–3 independent teachers, each one of two distributions on V 2–5 coordinates with probability 1/2; teacher weights with zeros; T ∈ {1, 2, 1/2}',
  validate: guarded((x) => {
    const r = x as RandomEnsemble;
    const V = () => (r.outcomes[0] as unknown as unknown[][])?.[0]?.length ?? 0;
    return firstProblem(
      () => objectProblem(x, ['outcomes', 'w', 'T']),
      () => arrayProblem(r.outcomes, 'outcomes', 1, 3, 'K'),
      () => arrayProblem(r.outcomes[0], 'outcomes[0]', 2, 2) ?? weightsProblem(r.outcomes[0][0], 'outcomes[0][0]', 2, 5),
      // every outcome of every teacher on the same V
      () => r.outcomes.map((pair, k): Problem => arrayProblem(pair, `outcomes[${k}]`, 2, 2) ?? weightsProblem(pair[0], `outcomes[${k}][0]`, V(), V()) ?? weightsProblem(pair[1], `outcomes[${k}][1]`, V(), V())).find((p) => p !== undefined),
      () => weightsProblem(r.w, 'w (teacher weights)', r.outcomes.length, r.outcomes.length, 'K'),
      () => choiceProblem(r.T, 'T', ['1', '2', '0.5']),
    );
  }),
};

/** Every joint outcome (2^K of them, equally likely) as an ensemble. */
function jointOutcomes(x: RandomEnsemble): Ensemble[] {
  return x.outcomes.reduce<string[][][]>((acc, pair) => acc.flatMap((chosen) => pair.map((p) => [...chosen, p])), [[]]).map((teachers) => ({ teachers, w: x.w, T: x.T }));
}

/** The variance of equally likely values, exactly in N. */
export function variance<V>(N: Num<V>, values: readonly V[]): V {
  const n = N.of(values.length);
  const mean = N.div(N.sum(values), n);
  return N.div(N.sum(values.map((v) => N.mul(N.sub(v, mean), N.sub(v, mean)))), n);
}

function varianceReading(variant: 'classical' | 'averaged') {
  const power = variant === 'classical' ? 2 : 1;
  const bound = variant === 'classical' ? 'Σ_k w_k² Var(p_k,i)' : 'Σ_k w_k Var(p_k,i)';
  return pointwise<RandomEnsemble, AggregationOperator>({
    id: 'ensemble-kd/variance-reduction',
    variant: `independent-${variant}`,
    title: `Variance reduction under independent teacher errors: Var(A_i) ≤ ${bound}`,
    statement: `For independent random teachers (exactly, on two-point distributions): Var(A_i) ≤ ${bound} at every coordinate, teachers softened at T.`,
    strict: false,
    runs: 400,
    quantity: `min_i (${bound} − Var(A_i))`,
    domain: randomEnsembleDomain,
    margin<V>(N: Num<V>, op: AggregationOperator, x: RandomEnsemble): V {
      const outcomes = jointOutcomes(x);
      const aggregates = outcomes.map((e) => op.apply(N, e.teachers.map((t) => probabilities(N, t)), probabilities(N, e.w), N.of(e.T)));
      if (aggregates.some((A) => A.length !== x.outcomes[0][0].length || !A.every((v) => N.isFinite(v)))) return N.of(1);
      const w = probabilities(N, x.w);
      // each teacher's own two softened outcomes
      const teacherValues = x.outcomes.map(([a, b]) => [a, b].map((p) => softenedTeachers(N, { teachers: [p], w: ['1'], T: x.T })[0]));
      const margins = aggregates[0].map((_, i) => {
        const weighted = teacherValues.map((values, k) => N.mul(N.pow(w[k], N.of(power)), variance(N, values.map((p) => p[i]))));
        return N.sub(N.sum(weighted), variance(N, aggregates.map((A) => A[i])));
      });
      return margins.reduce((m, v) => N.min(m, v));
    },
  });
}

export const varianceClassical = varianceReading('classical');
export const varianceAveraged = varianceReading('averaged');
