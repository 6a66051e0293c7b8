import { finiteness, isZeroWeight } from '../../../axioms/aggregation/outputs.js';
import type { Num } from '../../../engine/num/index.js';
import { pointwise } from '../../../engine/pointwise.js';
import type { AggregationOperator } from '../../../engine/operators/aggregation.js';
import { markedEnsembleDomain, type MarkedEnsemble } from '../models/labelled-ensemble.js';
import { READING, aggregateAndTeachers } from '../models/softened-teachers.js';

/**
 * Ensemble-KD's Jensen-type bound and log-loss guarantee: for a convex loss ℓ of the predicted
 * distribution against the true label y, ℓ(A) ≤ Σ_k w_k ℓ(p_k). The summary names no loss, so two
 * readings: the squared (Brier) loss ‖q − e_y‖², and the log loss −ln q_y (the log-loss guarantee).
 * Claimed operator-agnostically: checked on every aggregation operator.
 */
const labelled = markedEnsembleDomain('true label y', { min: 1, max: 1 });

const losses: Record<string, { formula: string; loss: <V>(N: Num<V>, q: readonly V[], y: number) => V }> = {
  squared: {
    formula: '‖q − e_y‖²',
    loss: (N, q, y) =>
      N.sum(
        q.map((qi, i) => {
          const d = N.sub(qi, N.of(i === y ? 1 : 0));
          return N.mul(d, d);
        }),
      ),
  },
  'log-loss': { formula: '−ln q_y', loss: (N, q, y) => N.neg(N.ln(q[y])) },
};

function jensenReading(variant: keyof typeof losses) {
  const { formula, loss } = losses[variant];
  return pointwise<MarkedEnsemble, AggregationOperator>({
    id: 'ensemble-kd/jensen',
    variant,
    title: `Jensen-type bound for the loss ${formula}`,
    statement: `ℓ(A) ≤ Σ_k w_k ℓ(p_k) with ℓ(q) = ${formula}, ${READING}.`,
    strict: false,
    runs: 3000,
    quantity: `Σ_k w_k ℓ(p_k) − ℓ(A), ℓ(q) = ${formula}`,
    domain: labelled,
    margin<V>(N: Num<V>, op: AggregationOperator, x: MarkedEnsemble): V {
      const at = aggregateAndTeachers(N, op, x);
      if (!at) return N.of(1);
      const y = x.marked[0];
      // teachers of weight 0 (exactly) do not enter the bound, whatever their loss
      const weighted = at.teachers.flatMap((t, k) => (isZeroWeight(x.w[k]) ? [] : [N.mul(at.w[k], loss(N, t, y))]));
      const bound = N.sum(weighted);
      const own = loss(N, at.A, y);
      const [b, o] = [finiteness(N, bound), finiteness(N, own)];
      // an infinite bound (a weighted teacher gives y probability 0) makes the claim empty there
      if (b === 'infinite') return N.of(1);
      if (b === 'unknown' || o === 'unknown') return N.of(Number.NaN);
      return o === 'finite' ? N.sub(bound, own) : N.of(-1);
    },
  });
}

export const jensenSquared = jensenReading('squared');
export const jensenLogLoss = jensenReading('log-loss');
