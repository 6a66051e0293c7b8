import type { Num } from '../../../engine/num/index.js';
import { pointwise } from '../../../engine/pointwise.js';
import type { AggregationOperator } from '../../../engine/operators/aggregation.js';
import { markedEnsembleDomain, type MarkedEnsemble } from '../models/labelled-ensemble.js';
import { READING, aggregateAndTeachers } from '../models/softened-teachers.js';

/**
 * Ensemble-KD's safety attenuation: the aggregate puts no more mass on a designated unsafe token set
 * S than the teachers do. Two readings of "than the teachers": than the weighted average
 * Σ_k w_k p_k(S), and than the worst teacher max_k p_k(S) (the weaker claim).
 */
const unsafe = markedEnsembleDomain('unsafe set S', { min: 1, max: 3 });

const bounds: Record<string, { formula: string; bound: <V>(N: Num<V>, masses: V[], w: readonly V[]) => V }> = {
  weighted: { formula: 'Σ_k w_k p_k(S)', bound: (N, masses, w) => N.sum(masses.map((m, k) => N.mul(w[k], m))) },
  'worst-teacher': { formula: 'max_k p_k(S)', bound: (N, masses) => masses.reduce((a, b) => N.max(a, b)) },
};

function safetyReading(variant: keyof typeof bounds) {
  const { formula, bound } = bounds[variant];
  return pointwise<MarkedEnsemble, AggregationOperator>({
    id: 'ensemble-kd/safety-attenuation',
    variant,
    title: `Safety attenuation: A(S) ≤ ${formula}`,
    statement: `For every unsafe set S: A(S) ≤ ${formula}, ${READING}.`,
    strict: false,
    runs: 3000,
    quantity: `${formula} − A(S)`,
    domain: unsafe,
    margin<V>(N: Num<V>, op: AggregationOperator, x: MarkedEnsemble): V {
      const at = aggregateAndTeachers(N, op, x);
      if (!at) return N.of(1);
      const mass = (q: readonly V[]) => N.sum(x.marked.map((i) => q[i]));
      return N.sub(bound(N, at.teachers.map(mass), at.w), mass(at.A));
    },
  });
}

export const safetyWeighted = safetyReading('weighted');
export const safetyWorstTeacher = safetyReading('worst-teacher');
