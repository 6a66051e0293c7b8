import type { Num } from '../../../engine/num/index.js';
import type { SofteningOperator } from '../../../engine/operators/softening.js';

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
  /** A member of the class for V classes, chosen by an index k ≥ 0 and a parameter a ∈ [0, 1] (to check the projection against). */
  member<V>(N: Num<V>, V: number, k: number, a: V): V[];
}

/** Indices of q by decreasing value, decided in N (the first index wins an undecided comparison). */
function ranked<V>(N: Num<V>, q: readonly V[]): number[] {
  return q.map((_, i) => i).sort((i, j) => (N.lt(q[i], q[j]) === true ? 1 : N.lt(q[j], q[i]) === true ? -1 : i - j));
}

/** Uniform on a set A of k coordinates: KL(S‖q) = −ln k − (1/k)Σ_{i∈A} ln q_i, least for the k largest q_i. */
function topK(k: number): StudentClass {
  return {
    name: k === 1 ? 'one-hot students' : `uniform-on-${k} students`,
    text:
      k === 1
        ? 'S = {e_i}: the student predicts one class (a hard-label student)'
        : `S = {uniform on a set of ${k} classes}: the student predicts a set of ${k} classes`,
    project<V>(N: Num<V>, q: readonly V[]): V[] {
      const top = new Set(ranked(N, q).slice(0, k));
      return q.map((_, i) => (top.has(i) ? N.ratio('1', String(Math.min(k, q.length))) : N.of(0)));
    },
    member<V>(N: Num<V>, V: number, m: number): V[] {
      // the k classes m, m + s, m + 2s, … (mod V), s = 1 + ⌊m/V⌋ mod (V − 1): every k-set for k ≤ 2
      const step = 1 + (Math.floor(m / V) % (V - 1));
      const chosen = new Set(Array.from({ length: Math.min(k, V) }, (_, j) => (m + j * step) % V));
      return Array.from({ length: V }, (_, i) => (chosen.has(i) ? N.ratio('1', String(chosen.size)) : N.of(0)));
    },
  };
}

export const oneHotStudents = topK(1);
export const topTwoStudents = topK(2);

/** The student a·e_i + (1 − a)(1 − e_i)/(V − 1). */
export function topOneStudent<V>(N: Num<V>, V: number, i: number, a: V): V[] {
  const other = N.div(N.sub(N.of(1), a), N.of(V - 1));
  return Array.from({ length: V }, (_, j) => (j === i ? a : other));
}

/** Σ_j a_j (ln a_j − ln b_j), terms with a_j = 0 dropped. */
export function kl<V>(N: Num<V>, a: readonly V[], b: readonly V[]): V {
  return N.sum(a.map((x, j) => (N.le(x, N.of(0)) === true ? N.of(0) : N.mul(x, N.sub(N.ln(x), N.ln(b[j]))))));
}

/** The candidate with the least loss (the first on an undecided comparison). */
export function least<V>(N: Num<V>, candidates: readonly V[][], loss: (S: readonly V[]) => V): V[] {
  const losses = candidates.map(loss);
  return candidates[
    ranked(
      N,
      losses.map((l) => N.neg(l)),
    )[0]
  ];
}

/**
 * S = {a·e_i + (1 − a)(1 − e_i)/(V − 1), a ≥ 1/V}: one confident class, the rest uniform. For
 * index i, KL(S‖q) is convex in a with its minimum at a = q_i/(q_i + (V − 1)·G_i), G_i the geometric
 * mean of the other q_j; below 1/V the constrained optimum is a = 1/V (uniform). The best i is the
 * candidate with the least KL.
 */
export const topOnePlusUniformStudents: StudentClass = {
  name: 'top-1-plus-uniform students',
  text: 'S = {a·e_i + (1 − a)(1 − e_i)/(V − 1), a ≥ 1/V}: one confident class, the others equal',
  project<V>(N: Num<V>, q: readonly V[]): V[] {
    const V = q.length;
    const rest = N.of(V - 1);
    const uniform = q.map(() => N.ratio('1', String(V)));
    const candidates = q.map((qi, i) => {
      const G = N.exp(N.div(N.sum(q.filter((_, j) => j !== i).map((qj) => N.ln(qj))), rest));
      const s = N.add(qi, N.mul(rest, G));
      // a = q_i/s and (1 − a)/(V − 1) = G/s, written without the cancellation 1 − a (a may be 1 − 1e-3000)
      const student = q.map((_, j) => N.div(j === i ? qi : G, s));
      return N.lt(student[i], uniform[i]) === true ? uniform : student;
    });
    return least(N, candidates, (S) => kl(N, S, q));
  },
  member: (N, V, k, a) =>
    topOneStudent(N, V, k % V, N.add(N.ratio('1', String(V)), N.mul(a, N.sub(N.of(1), N.ratio('1', String(V)))))),
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
