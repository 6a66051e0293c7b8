/**
 * The held-out operator suite in parts of similar cost, one test file each, so that vitest runs them
 * on both cores (the whole suite in one file took ~4 min on one). Seconds are from one run of the
 * suite on a busy 2-core machine: only their ratios matter. partition.test.ts checks that the parts
 * hold every module of the suite exactly once.
 */
export const PARTS = {
  // ~50 s: decimal.js at 50 and 100 digits on every candidate of a correct operator
  'aggregation, geometric pool, exact': ['a-ok-geometric-exact.ts'],
  // ~45 s
  'aggregation, correct': ['a-ok-soften-after-exact.ts', 'a-ok-geometric.ts', 'a-ok-soften-after.ts'],
  // ~55 s
  'aggregation, defective': [
    'a-bad-drops-last.ts',
    'a-bad-drops-last-exact.ts',
    'a-bad-weight-floor.ts',
    'a-bad-weight-floor-exact.ts',
    'a-bad-zeroes-tiny.ts',
    'a-bad-ignores-small.ts',
  ],
  // ~40 s
  'softening, float64 only': [
    's-ok-logsoftmax.ts',
    's-ok-power-mix.ts',
    's-ok-late-mix.ts',
    's-ok-subnormal-ties.ts',
    's-bad-a2-hyperplane.ts',
    's-bad-a2-threshold.ts',
    's-bad-truncate.ts',
    's-bad-rounds.ts',
    's-bad-ties-merge.ts',
    's-bad-a3-band.ts',
    's-bad-a4-large-v.ts',
    's-bad-a4-ties.ts',
    's-bad-a5-zeros.ts',
  ],
  // ~35 s
  'softening, with applyExact': [
    's-ok-logsoftmax-exact.ts',
    's-ok-maxpow-exact.ts',
    's-ok-power-mix-exact.ts',
    's-ok-late-mix-exact.ts',
    's-bad-a2-hyperplane-exact.ts',
    's-bad-a2-threshold-exact.ts',
    's-bad-truncate-exact.ts',
    's-bad-a3-band-exact.ts',
    's-bad-a4-large-v-exact.ts',
    's-bad-a5-zeros-exact.ts',
  ],
} as const satisfies Record<string, readonly string[]>;
