import { Decimal } from 'decimal.js';
import { weightsProblem } from '../domains/validate.js';
import { exactDecimalOfDouble, type Num } from '../num/index.js';

/**
 * A point of the closed simplex is stored as exact non-negative decimal weights w (integers or
 * m·10^e, e.g. "1e-320"); p_i = w_i / Σw. Shrinking integer weights lands on small V and simple
 * rationals, and every arithmetic reads the same exact point.
 */
const Exact = Decimal.clone({ precision: 4000, rounding: Decimal.ROUND_HALF_EVEN, minE: -9e15, maxE: 9e15 });

/** Throws unless w is a point of the simplex within the limits of engine/domains/validate.ts. */
export function assertWeights(w: readonly string[]): void {
  const problem = weightsProblem(w, 'weights', 1, Number.MAX_SAFE_INTEGER);
  if (problem) throw new Error(problem);
}

/** Σw, exactly (weights are limited to exponents ≥ -3000 so 4000 digits hold any sum). */
export function exactSum(w: readonly string[]): string {
  return w.reduce((s, x) => s.plus(x), new Exact(0)).toString();
}

/** Compare two weights exactly: -1, 0, 1. */
export function compareWeights(a: string, b: string): number {
  return new Exact(a).cmp(b);
}

/** p = w / Σw in the arithmetic N (enclosed when not representable). */
export function probabilities<T>(N: Num<T>, w: readonly string[]): T[] {
  if (N.kind === 'float64') {
    const fast = integerSumInFloat(w);
    if (fast !== undefined) return w.map((x) => N.div(N.of(x), N.of(fast)));
  }
  const S = exactSum(w);
  return w.map((x) => N.ratio(x, S));
}

/**
 * Screening's hot path: for integer weights whose sum stays below 2^53 the float64 sum is exact,
 * so w_i / Σw is rounded once, as with the exact sum. Anything else takes the exact route.
 */
const DIGITS = /^\d+$/;

function integerSumInFloat(w: readonly string[]): number | undefined {
  let total = 0;
  for (const x of w) {
    // "1e-327" parses to the integer 0: only plain digit strings qualify
    if (!DIGITS.test(x)) return undefined;
    const v = Number(x);
    if (!Number.isSafeInteger(v)) return undefined;
    total += v;
  }
  return Number.isSafeInteger(total) ? total : undefined;
}

/** p_i = w_i / Σw as reduced fractions [numerator, denominator] (decimal weights scaled to integers). */
export function exactRationals(w: readonly string[]): Array<[bigint, bigint]> {
  const places = Math.max(0, ...w.map((x) => new Exact(x).decimalPlaces()));
  const scaled = w.map((x) => BigInt(new Exact(x).times(new Exact(10).pow(places)).toFixed(0)));
  const total = scaled.reduce((a, b) => a + b, 0n);
  return scaled.map((n) => (n === 0n ? [0n, 1n] : reduce(n, total)));
}

/**
 * p exactly, for reports: reduced rationals ("1/3", "0", "1") when they are short; otherwise (tiny
 * masses make denominators of hundreds of digits) the exact weights, with p = w / Σw.
 */
export function describePoint(w: readonly string[]): Record<string, string[]> {
  const rationals = exactRationals(w).map(([a, b]) => (b === 1n ? a.toString() : `${a}/${b}`));
  return rationals.every((r) => r.length <= 40) ? { p: rationals } : { 'w (p = w/Σw)': [...w] };
}

function reduce(n: bigint, d: bigint): [bigint, bigint] {
  let [a, b] = [n, d];
  while (b !== 0n) [a, b] = [b, a % b];
  return [n / a, d / a];
}

/** Indices grouped by exactly equal weight, groups in increasing weight order. */
export function tieGroups(w: readonly string[]): number[][] {
  const order = w.map((_, i) => i).sort((i, j) => compareWeights(w[i], w[j]));
  const groups: number[][] = [];
  for (const i of order) {
    const last = groups[groups.length - 1];
    if (last && compareWeights(w[last[0]], w[i]) === 0) last.push(i);
    else groups.push([i]);
  }
  return groups;
}

/**
 * The point as float64-only code receives it: each p_i = w_i/Σw replaced by the exact value of the
 * double it rounds to (zeros stay zeros), as weights. Normalised again, these weights round to the
 * same doubles (iterated to that fixed point), so the operator is called with exactly them, and
 * every exact quantity computed from the weights is computed from what the operator saw (up to the
 * common factor 1/Σw, Σw = 1 within V·2^-53).
 */
export function receivedWeights(w: readonly string[]): string[] {
  let current = [...w];
  for (let round = 0; round < 4; round++) {
    const total = new Exact(exactSum(current));
    const next = current.map((x) => exactDecimalOfDouble(new Exact(x).div(total).toNumber()));
    if (next.every((x, i) => x === current[i])) return next;
    current = next;
  }
  return current;
}

/** The exact value of the double a temperature (or any exact decimal) rounds to. */
export function receivedNumber(x: string): string {
  return exactDecimalOfDouble(new Exact(x).toNumber());
}
