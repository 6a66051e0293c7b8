import type { Num } from '../../engine/num/index.js';
import type { SofteningOperator } from '../../operators/softening/types.js';

/**
 * Restricted student classes S ⊊ Δ^V of §X with their projections: the optimal student
 * argmin_{S ∈ S} KL(S‖q) of Definition X.1 (student first, as eq. (22) writes it), in closed form.
 * Ties between candidates go to the first index (teachers with a unique maximum are what the
 * searches draw, so the argmin is a single student there).
 */
export interface StudentClass {
  readonly name: string;
  readonly text: string;
  project<V>(N: Num<V>, q: readonly V[]): V[];
}

/** Indices of q by decreasing value, decided in N (the first index wins an undecided comparison). */
function ranked<V>(N: Num<V>, q: readonly V[]): number[] {
  return q.map((_, i) => i).sort((i, j) => (N.lt(q[i], q[j]) === true ? 1 : N.lt(q[j], q[i]) === true ? -1 : i - j));
}

/** Uniform on a set A of k coordinates: KL(S‖q) = −ln k − (1/k)Σ_{i∈A} ln q_i, least for the k largest q_i. */
function topK(k: number): StudentClass {
  return {
    name: k === 1 ? 'one-hot students' : `uniform-on-${k} students`,
    text: k === 1 ? 'S = {e_i}: the student predicts one class (a hard-label student)' : `S = {uniform on a set of ${k} classes}: the student predicts a set of ${k} classes`,
    project<V>(N: Num<V>, q: readonly V[]): V[] {
      const top = new Set(ranked(N, q).slice(0, k));
      return q.map((_, i) => (top.has(i) ? N.ratio('1', String(Math.min(k, q.length))) : N.of(0)));
    },
  };
}

export const oneHotStudents = topK(1);
export const topTwoStudents = topK(2);

/**
 * S = {a·e_i + (1 − a)·(1 − e_i)/(V − 1)}: one confident class, the rest uniform. For index i,
 * min_a KL(S‖q) = −ln(q_i + (V − 1)·G_i) with G_i the geometric mean of the other q_j, at
 * a = q_i/(q_i + (V − 1)·G_i); the best i maximises q_i + (V − 1)·G_i.
 */
export const topOnePlusUniformStudents: StudentClass = {
  name: 'top-1-plus-uniform students',
  text: 'S = {a·e_i + (1 − a)(1 − e_i)/(V − 1)}: one confident class, the others equal',
  project<V>(N: Num<V>, q: readonly V[]): V[] {
    const V = q.length;
    const rest = N.of(V - 1);
    const scores = q.map((qi, i) => {
      const logs = q.filter((_, j) => j !== i).map((qj) => N.ln(qj));
      return N.add(qi, N.mul(rest, N.exp(N.div(N.sum(logs), rest))));
    });
    const i = ranked(N, scores)[0];
    const a = N.div(q[i], scores[i]);
    const other = N.div(N.sub(N.of(1), a), rest);
    return q.map((_, j) => (j === i ? a : other));
  },
};

export const studentClasses: readonly StudentClass[] = [oneHotStudents, topTwoStudents, topOnePlusUniformStudents];

/** P_S ∘ F: output the optimal student itself. KD-equivalent to F on S by construction, and ≠ F wherever F leaves S. */
export function projectedOperator(S: StudentClass, op: SofteningOperator): SofteningOperator {
  return {
    kind: 'softening',
    name: `${S.name} projection of ${op.name}`,
    description: `the ${S.name} projection of ${op.description}`,
    exactness: op.exactness,
    apply: (N, p, T) => S.project(N, op.apply(N, p, T)),
  };
}
