import { power } from '../softening/power.js';
import type { SofteningOperator } from '../../engine/operators/softening.js';
import type { Pool } from './pools.js';
import type { AggregationOperator } from '../../engine/operators/aggregation.js';

/**
 * The two places temperature can enter a pool A through a softening operator S:
 * - soften-then-aggregate: A(S_T(p_1), …, S_T(p_K); w);
 * - aggregate-then-soften: S_T(A(p_1, …, p_K; w)).
 * They differ in general (linear pool of (1, 0), (0, 1) with w = (1/4, 3/4) at T = 2: (1/4, 3/4)
 * against (1, √3)/(1 + √3)). With power softening they coincide for the log pool, since
 * Π_k (p_k^(1/T))^(w_k) = (Π_k p_k^(w_k))^(1/T), and at T = 1 both are the pool itself.
 * A composition is as exact as S: the pools are generic.
 */
export function softenThenAggregate(pool: Pool, S: SofteningOperator = power): AggregationOperator {
  return {
    kind: 'aggregation',
    name: composedName(pool, 'soften-then-aggregate', S),
    sources: [import.meta.url, ...(pool.sources ?? []), ...(S.sources ?? [])],
    description: `${pool.formula} of the teachers each softened by ${S.name} S_T`,
    exactness: S.exactness,
    apply: (N, teachers, weights, T) =>
      pool.combine(
        N,
        teachers.map((p) => S.apply(N, p, T)),
        weights,
      ),
  };
}

export function aggregateThenSoften(pool: Pool, S: SofteningOperator = power): AggregationOperator {
  return {
    kind: 'aggregation',
    name: composedName(pool, 'aggregate-then-soften', S),
    sources: [import.meta.url, ...(pool.sources ?? []), ...(S.sources ?? [])],
    description: `${S.name} S_T applied to the ${pool.formula} of the raw teachers`,
    exactness: S.exactness,
    apply: (N, teachers, weights, T) => S.apply(N, pool.combine(N, teachers, weights), T),
  };
}

/** 'pool/order', with the softening operator appended when it is not the default. */
function composedName(pool: Pool, order: string, S: SofteningOperator): string {
  return S.name === power.name ? `${pool.name}/${order}` : `${pool.name}/${order}/${S.name}`;
}
