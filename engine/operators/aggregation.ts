import type { Num } from '../num/index.js';
import type { Exactness } from './softening.js';

/**
 * A multi-teacher aggregation operator: A(p_1, …, p_K; w, T) → Δ^V, teacher weights w
 * in the simplex Δ^K. Written once over Num<V>, so it runs in float64, decimal and intervals.
 */
export interface AggregationOperator {
  readonly kind: 'aggregation';
  /** Unique name; variants are 'family/variant'. */
  readonly name: string;
  /** One line for reports: the formula, and how temperature enters. */
  readonly description: string;
  readonly exactness: Exactness;
  /** The modules whose code computes it, harvested to guide the search (engine/operator.ts). */
  readonly sources?: readonly string[];
  /**
   * A(teachers; w, T). teachers: K ≥ 1 points of the closed simplex Δ^V, all of length V;
   * weights: a point of Δ^K (zeros allowed); T > 0. Must not mutate its inputs.
   */
  apply<X>(N: Num<X>, teachers: readonly (readonly X[])[], weights: readonly X[], T: X): X[];
}
