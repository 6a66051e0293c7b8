import { InvalidArgumentError } from 'commander';

/** `--shard i/n`: the i-th of n slices, 1-based. */
export interface Shard {
  index: number;
  count: number;
}

/** Commander parser of `--shard i/n`: whole numbers with 1 ≤ i ≤ n. */
export function parseShard(value: string): Shard {
  const match = /^(\d+)\/(\d+)$/.exec(value);
  const [index, count] = match ? [Number(match[1]), Number(match[2])] : [NaN, NaN];
  if (!(Number.isSafeInteger(index) && Number.isSafeInteger(count) && 1 <= index && index <= count)) {
    throw new InvalidArgumentError('not i/n with 1 ≤ i ≤ n');
  }
  return { index, count };
}

/**
 * Which of `count` shards runs each unit (0-based), from the units' expected costs: greedy
 * longest-processing-time — the most expensive unit first, each to the shard with the least work so
 * far; equal costs in unit order, equal loads to the lowest shard. The same units and costs give
 * the same assignment on every machine.
 */
export function assignShards(costs: readonly number[], count: number): number[] {
  const load = new Array<number>(count).fill(0);
  const shardOf = new Array<number>(costs.length);
  for (const k of mostExpensiveFirst(costs)) {
    const lightest = load.indexOf(Math.min(...load));
    shardOf[k] = lightest;
    load[lightest] += costs[k];
  }
  return shardOf;
}

/** Indices of costs from the largest down, equal costs in index order. */
export function mostExpensiveFirst(costs: readonly number[]): number[] {
  return costs.map((_, k) => k).sort((a, b) => costs[b] - costs[a] || a - b);
}
