import { isZeroWeight, softenedTeachers, validAggregate } from '../../../axioms/aggregation/outputs.js';
import { probabilities } from '../../../engine/instance/weights.js';
import type { Num } from '../../../engine/num/index.js';
import { pointwise } from '../../../engine/pointwise.js';
import type { AggregationOperator } from '../../../engine/operators/aggregation.js';
import { powerTransform } from '../../../operators/softening/power.js';
import { referencedEnsembleDomain, type ReferencedEnsemble } from '../models/reference-ensemble.js';

/**
 * Ensemble-KD's bias attenuation: "multi-teacher aggregation reduces systematic supervisory bias
 * under heterogeneous teachers". With a reference distribution q* (the truth) and teachers p_k
 * that are biased versions of it (bias p_k − q*), the aggregate's bias is measured as a distance
 * ‖A − q*‖. At temperature T everything is softened at T: the teachers F_T(p_k) and q* F_T(q*)
 * (F the power transform), as in the other guarantees. Only teachers of positive weight take part
 * (a teacher of weight 0 is not in the ensemble). Readings:
 * - weighted (Jensen-type): ‖A − q*‖ ≤ Σ_k w_k ‖p_k − q*‖, in total variation and in squared ℓ2.
 *   In TV, with q* ranging over the vertices e_i it says A_i ≥ Σ_k w_k p_k,i for every i, so only
 *   the linear pool (of the softened teachers) can meet it; squared ℓ2 leaves room around it.
 * - worst-teacher: ‖A − q*‖_TV ≤ max_k ‖p_k − q*‖_TV (no worse than the worst teacher; every
 *   point of the teachers' hull meets it).
 * - heterogeneous (strict): ‖A − q*‖_TV < Σ_k w_k ‖p_k − q*‖_TV whenever the biases point in
 *   different directions, read as: at some coordinate two teachers of positive weight are biased
 *   with opposite signs (exactly the case where the triangle inequality in ℓ1 is strict, so the
 *   linear pool meets it). Where the biases are not heterogeneous the claim says nothing.
 */
type Distance = <V>(N: Num<V>, a: readonly V[], b: readonly V[]) => V;

const distances: Record<'tv' | 'l2sq', { formula: string; distance: Distance }> = {
  tv: { formula: '½‖· − q*‖₁', distance: (N, a, b) => N.mul(N.ratio('1', '2'), N.sum(a.map((ai, i) => N.abs(N.sub(ai, b[i]))))) },
  l2sq: {
    formula: '‖· − q*‖₂²',
    distance: (N, a, b) =>
      N.sum(
        a.map((ai, i) => {
          const d = N.sub(ai, b[i]);
          return N.mul(d, d);
        }),
      ),
  },
};

interface Biases<V> {
  own: V;
  teachers: V[];
  w: V[];
  softened: V[][];
  reference: V[];
}

/** The aggregate's and the positively weighted teachers' distances to q*, all softened at T. */
function biases<V>(N: Num<V>, op: AggregationOperator, x: ReferencedEnsemble, distance: Distance): Biases<V> | undefined {
  const A = validAggregate(N, op, x);
  if (!A) return undefined;
  const keep = x.w.map((w) => !isZeroWeight(w));
  const w = probabilities(N, x.w).filter((_, k) => keep[k]);
  const softened = softenedTeachers(N, x).filter((_, k) => keep[k]);
  const reference = powerTransform(N, probabilities(N, x.reference), N.of(x.T));
  return { own: distance(N, A, reference), teachers: softened.map((t) => distance(N, t, reference)), w, softened, reference };
}

/** Certainly heterogeneous (true), certainly not (false), or undecided in interval arithmetic. */
function heterogeneous<V>(N: Num<V>, teachers: V[][], reference: V[]): boolean | undefined {
  let undecided = false;
  for (let i = 0; i < reference.length; i++) {
    const signs = teachers.map((t) => N.sub(t[i], reference[i]));
    const up = signs.map((d) => N.lt(N.of(0), d));
    const down = signs.map((d) => N.lt(d, N.of(0)));
    if (up.includes(true) && down.includes(true)) return true;
    if ((up.includes(true) || up.includes(undefined)) && (down.includes(true) || down.includes(undefined))) undecided = true;
  }
  return undecided ? undefined : false;
}

function biasReading(variant: 'weighted-tv' | 'weighted-l2sq' | 'worst-teacher-tv' | 'heterogeneous-tv') {
  const norm = variant.endsWith('l2sq') ? distances.l2sq : distances.tv;
  const bound =
    variant === 'worst-teacher-tv' ? `max_k ${norm.formula.replace('·', 'p_k')}` : `Σ_k w_k ${norm.formula.replace('·', 'p_k')}`;
  const strict = variant === 'heterogeneous-tv';
  const own = norm.formula.replace('·', 'A');
  return pointwise<ReferencedEnsemble, AggregationOperator>({
    id: 'ensemble-kd/bias-attenuation',
    variant,
    title: `Bias attenuation: ${own} ${strict ? '<' : '≤'} ${bound}${strict ? ' when the biases point in different directions' : ''}`,
    statement: `For every reference q* and teachers p_k (biased versions of q*), ${strict ? 'whenever two teachers of positive weight are biased with opposite signs at some coordinate, ' : ''}${own} ${strict ? '<' : '≤'} ${bound} over the teachers of positive weight, at temperature T with the teachers and q* softened at T.`,
    strict,
    runs: 400,
    quantity: `${bound} − ${own}`,
    domain: referencedEnsembleDomain,
    margin<V>(N: Num<V>, op: AggregationOperator, x: ReferencedEnsemble): V {
      const b = biases(N, op, x, norm.distance);
      if (!b) return N.of(1);
      if (strict) {
        const h = heterogeneous(N, b.softened, b.reference);
        if (h === false) return N.of(1);
        if (h === undefined) return N.of(Number.NaN);
      }
      const limit =
        variant === 'worst-teacher-tv'
          ? b.teachers.reduce((m, v) => N.max(m, v))
          : N.sum(b.teachers.map((d, k) => N.mul(b.w[k], d)));
      return N.sub(limit, b.own);
    },
  });
}

export const biasWeightedTV = biasReading('weighted-tv');
export const biasWeightedL2 = biasReading('weighted-l2sq');
export const biasWorstTeacher = biasReading('worst-teacher-tv');
export const biasHeterogeneous = biasReading('heterogeneous-tv');
