/** The registry of built-in aggregation operators: every pool under both temperature compositions with power softening. */
import { linearPool, logPool, powerMeanPool, weightedMedian } from './pools.js';
import { aggregateThenSoften, softenThenAggregate } from './temperature.js';
import type { AggregationOperator } from '../../engine/operators/aggregation.js';

export type { AggregationOperator } from '../../engine/operators/aggregation.js';
export { linearPool, logPool, powerMeanPool, weightedMedian, type Pool } from './pools.js';
export { aggregateThenSoften, softenThenAggregate } from './temperature.js';

const pools = [linearPool, logPool, powerMeanPool('-1'), powerMeanPool('0.5'), powerMeanPool('2'), weightedMedian];

export const aggregationOperators: readonly AggregationOperator[] = pools.flatMap((pool) => [
  softenThenAggregate(pool),
  aggregateThenSoften(pool),
]);

export function findAggregationOperator(name: string): AggregationOperator | undefined {
  return aggregationOperators.find((op) => op.name === name);
}
