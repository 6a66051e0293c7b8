import { Decimal } from 'decimal.js';
import type { Num } from '../../engine/num/index.js';
import { UndefinedOutput } from '../../engine/operator-fault.js';

/**
 * A pool combines K teacher distributions with teacher weights w ∈ Δ^K. It never sees the
 * temperature: temperature.ts composes it with a softening operator, in either order.
 */
export interface Pool {
  /** 'family' or 'family/variant'. */
  readonly name: string;
  /** The formula, for the descriptions of the composed operators. */
  readonly formula: string;
  combine<V>(N: Num<V>, teachers: readonly (readonly V[])[], weights: readonly V[]): V[];
  /** The modules whose code computes it, harvested to guide the search (engine/operator.ts). */
  readonly sources?: readonly string[];
}

/** Every pool here is computed by this module. */
const sources = [import.meta.url];

/**
 * Indices of the teachers whose weight is not certainly 0. Leaving the others out is the
 * convention "a teacher of weight 0 has no influence": 0^0 = 1 in the log pool, and no 0·∞ in a
 * power mean of negative order.
 */
function influential<V>(N: Num<V>, weights: readonly V[]): number[] {
  const zero = N.of(0);
  return weights.flatMap((w, k) => (N.le(w, zero) === true ? [] : [k]));
}

/**
 * a / Σa, for a ≥ 0. A certainly-zero total has no normalisation: the pool is undefined there, and
 * says so with an UndefinedOutput (B1/simplex counts it as a violation when the arithmetic is exact).
 */
function normalise<V>(N: Num<V>, a: V[], reason: string, definedWhere: string): V[] {
  const total = N.sum(a);
  if (N.le(total, N.of(0)) === true) throw new UndefinedOutput(reason, N.kind, N.bounds(total), definedWhere);
  return a.map((x) => N.div(x, total));
}

const noCommonSupport = (family: string) =>
  `${family} undefined: the supports of the positively weighted teachers do not intersect (every coordinate has one giving it probability 0)`;
const SUPPORTS_INTERSECT = 'the supports of the positively weighted teachers intersect';

/**
 * Linear pool A = Σ_k w_k p_k. Already in the simplex when w is, so it is not renormalised.
 *
 * | case                  | behaviour                                                  |
 * |-----------------------|------------------------------------------------------------|
 * | p_{k,i} = 0           | A_i = 0 only if every positively weighted teacher has 0 there (support = union) |
 * | w_k = 0               | teacher k has no influence                                  |
 * | single teacher        | A = p_1                                                     |
 * | identical teachers    | A = p                                                       |
 */
export const linearPool: Pool = {
  name: 'linear-pool',
  sources,
  formula: 'linear pool A = Σ_k w_k p_k',
  combine: (N, teachers, weights) => teachers[0].map((_, i) => N.sum(teachers.map((p, k) => N.mul(weights[k], p[i])))),
};

/**
 * Logarithmic pool A_i ∝ Π_k p_{k,i}^{w_k}, as a product of powers, which needs no rescaling: every
 * factor is ≤ 1, so the partial products only fall, and the last one, a weighted geometric mean
 * (Σw = 1), is ≥ the smallest p_{k,i}. It underflows in float64 only where an input does, never to
 * 0/0 from merely small probabilities.
 *
 * | case                  | behaviour                                                  |
 * |-----------------------|------------------------------------------------------------|
 * | p_{k,i} = 0, w_k > 0  | A_i = 0 (support = intersection); an empty intersection is undefined (UndefinedOutput) |
 * | w_k = 0               | no influence, even where p_{k,i} = 0 (0^0 = 1)              |
 * | single teacher        | A = p_1                                                     |
 * | identical teachers    | A = p                                                       |
 */
export const logPool: Pool = {
  name: 'log-pool',
  sources,
  formula: 'logarithmic pool A_i ∝ Π_k p_{k,i}^{w_k}',
  combine<V>(N: Num<V>, teachers: readonly (readonly V[])[], weights: readonly V[]): V[] {
    const factors = influential(N, weights).map((k) => teachers[k].map((x) => N.pow(x, weights[k])));
    const products = teachers[0].map((_, i) => factors.reduce((acc, q) => N.mul(acc, q[i]), N.of(1)));
    return normalise(N, products, noCommonSupport('logarithmic pool'), SUPPORTS_INTERSECT);
  },
};

/**
 * Power mean of order r ≠ 0: A_i ∝ (Σ_k w_k p_{k,i}^r)^(1/r). r = 1 is the linear pool, r → 0 the
 * log pool. Computed as s·(Σ_k w_k (p_{k,i}/s)^r)^(1/r) with s the value that dominates (the
 * largest for r > 0, the smallest for r < 0): every term is ≤ 1 and the dominant one is w_k·1, so
 * p^r neither overflows (r < 0, tiny p) nor underflows away.
 *
 * | case                  | r > 0                                   | r < 0                                  |
 * |-----------------------|-----------------------------------------|----------------------------------------|
 * | p_{k,i} = 0, w_k > 0  | contributes 0 (support = union)         | A_i = 0, the limit of p^r → ∞ (support = intersection; empty: UndefinedOutput) |
 * | w_k = 0               | no influence                            | no influence (0·∞ is never formed)     |
 * | single teacher        | A = p_1                                 | A = p_1                                |
 * | identical teachers    | A = p                                   | A = p                                  |
 */
export function powerMeanPool(r: string): Pool {
  const order = new Decimal(r);
  if (!order.isFinite() || order.isZero()) throw new Error(`a power mean needs a finite order r ≠ 0, not ${r}`);
  const reason = noCommonSupport(`power mean of order ${r}`);
  return {
    name: `power-mean/r=${r}`,
    sources,
    formula: `power mean A_i ∝ (Σ_k w_k p_{k,i}^r)^(1/r), r = ${r}`,
    combine<V>(N: Num<V>, teachers: readonly (readonly V[])[], weights: readonly V[]): V[] {
      const ks = influential(N, weights);
      const [exponent, inverse, zero] = [N.of(r), N.ratio('1', r), N.of(0)];
      const means = teachers[0].map((_, i) => {
        const xs = ks.map((k) => teachers[k][i]);
        const s = xs.reduce((a, b) => (order.isNegative() ? N.min(a, b) : N.max(a, b)));
        // r > 0: every value is 0; r < 0: a positively weighted 0 sends the mean to its limit 0
        if (N.le(s, zero) === true) return zero;
        const terms = xs.map((x, j) => N.mul(weights[ks[j]], N.pow(N.div(x, s), exponent)));
        return N.mul(s, N.pow(N.sum(terms), inverse));
      });
      return normalise(N, means, reason, order.isNegative() ? SUPPORTS_INTERSECT : 'some coordinate has a positive power mean');
    },
  };
}

/**
 * Coordinate-wise lower weighted median, renormalised: A_i ∝ the smallest value m among
 * p_{1,i}, …, p_{K,i} with Σ_{k: p_{k,i} ≤ m} w_k ≥ 1/2. Robust: teachers of total weight < 1/2
 * cannot move a coordinate outside the range of the others.
 *
 * | case                  | behaviour                                                  |
 * |-----------------------|------------------------------------------------------------|
 * | p_{k,i} = 0           | A_i = 0 when teachers of weight ≥ 1/2 put 0 there; all coordinates 0: UndefinedOutput |
 * | w_k = 0               | never the median on its own: no influence                   |
 * | single teacher        | A = p_1                                                     |
 * | identical teachers    | A = p                                                       |
 * | weight tie            | a set of teachers of weight exactly 1/2 below the rest: the lower candidate. The median jumps there, so float64 may pick the upper one, and intervals that cannot decide the tie return the hull of both (sound, not narrow) |
 */
export const weightedMedian: Pool = {
  name: 'weighted-median',
  sources,
  formula: 'coordinate-wise lower weighted median A_i ∝ min{m : Σ_{k: p_{k,i} ≤ m} w_k ≥ 1/2}',
  combine<V>(N: Num<V>, teachers: readonly (readonly V[])[], weights: readonly V[]): V[] {
    const medians = teachers[0].map((_, i) =>
      lowerWeightedMedian(
        N,
        teachers.map((p) => p[i]),
        weights,
      ),
    );
    return normalise(
      N,
      medians,
      'weighted median undefined: at every coordinate, teachers of total weight ≥ 1/2 give probability 0',
      'some coordinate has a positive weighted median',
    );
  },
};

/**
 * Without sorting, so undecided comparisons stay sound: a candidate x_j qualifies certainly when
 * the teachers certainly ≤ x_j weigh ≥ 1/2, possibly when those possibly ≤ x_j may. The median
 * is ≥ the least possible candidate and ≤ every certain one (or, with none certain, ≤ the largest
 * possible one). In float64 and decimal every comparison is decided, both sets coincide and this
 * is the exact lower weighted median.
 */
function lowerWeightedMedian<V>(N: Num<V>, xs: readonly V[], ws: readonly V[]): V {
  const half = N.ratio('1', '2');
  const possible: V[] = [];
  const certain: V[] = [];
  xs.forEach((x, j) => {
    const below = xs.map((y, k) => (k === j ? true : N.le(y, x)));
    const mass = (keep: (b: boolean | undefined) => boolean) => N.sum(ws.filter((_, k) => keep(below[k])));
    if (
      N.le(
        half,
        mass((b) => b === true),
      ) === true
    )
      certain.push(x);
    if (
      N.le(
        half,
        mass((b) => b !== false),
      ) !== false
    )
      possible.push(x);
  });
  const least = possible.reduce((a, b) => N.min(a, b));
  const bound = certain.length > 0 ? certain.reduce((a, b) => N.min(a, b)) : possible.reduce((a, b) => N.max(a, b));
  return N.hull(least, bound);
}
