import type { Num } from '../../../engine/num/index.js';

/**
 * Logits are exact rationals written "a" or "a/b" (b > 1, reduced): centring a vector (z − z̄·1)
 * gives denominators N, so decimals would not stay exact. BigInt keeps every operation exact.
 */
export interface Rational {
  readonly n: bigint;
  readonly d: bigint;
}

const RATIONAL = /^-?\d+(\/\d+)?$/;

const gcd = (a: bigint, b: bigint): bigint => (b === 0n ? (a < 0n ? -a : a) : gcd(b, a % b));

export function rational(n: bigint, d = 1n): Rational {
  if (d === 0n) throw new Error('a rational with denominator 0');
  const sign = d < 0n ? -1n : 1n;
  const g = gcd(n, d) || 1n;
  return { n: (sign * n) / g, d: (sign * d) / g };
}

/** Parses "a" or "a/b"; undefined for anything else. */
export function parseRational(s: unknown): Rational | undefined {
  if (typeof s !== 'string' || !RATIONAL.test(s)) return undefined;
  const [n, d = '1'] = s.split('/');
  return BigInt(d) === 0n ? undefined : rational(BigInt(n), BigInt(d));
}

export const toText = (r: Rational): string => (r.d === 1n ? String(r.n) : `${r.n}/${r.d}`);
const of = (s: string) =>
  parseRational(s) ??
  (() => {
    throw new Error(`not a rational: ${s}`);
  })();

export const plus = (a: string, b: string) => {
  const [x, y] = [of(a), of(b)];
  return toText(rational(x.n * y.d + y.n * x.d, x.d * y.d));
};
export const minus = (a: string, b: string) => plus(a, toText(rational(-of(b).n, of(b).d)));
export const times = (a: string, b: string) => {
  const [x, y] = [of(a), of(b)];
  return toText(rational(x.n * y.n, x.d * y.d));
};
export const compare = (a: string, b: string) => {
  const [x, y] = [of(a), of(b)];
  const l = x.n * y.d,
    r = y.n * x.d;
  return l < r ? -1 : l > r ? 1 : 0;
};
export const abs = (a: string) => (a.startsWith('-') ? a.slice(1) : a);
export const maxOf = (xs: readonly string[]) => xs.reduce((m, x) => (compare(x, m) > 0 ? x : m));
export const minOf = (xs: readonly string[]) => xs.reduce((m, x) => (compare(x, m) < 0 ? x : m));

/** The mean (Σx)/N, exactly. */
export const mean = (xs: readonly string[]) => times(xs.reduce(plus, '0'), `1/${xs.length}`);

/** x − mean(x)·1: the same softmax, zero-meaned (§2.1). */
export const centred = (xs: readonly string[]) => {
  const m = mean(xs);
  return xs.map((x) => minus(x, m));
};

/** The minimality order of one logit a/b: |a| + b − 1 (0 for 0, 1 for ±1, 2 for ±2 and ±1/2). */
export const complexity = (s: string) => {
  const r = of(s);
  return Number(r.n < 0n ? -r.n : r.n) + Number(r.d) - 1;
};

/** A float64 approximation, for choosing a sequence's range (never for a verdict). */
export const approximate = (s: string) => {
  const r = of(s);
  return Number(r.n) / Number(r.d);
};

/** The value in any arithmetic: exact when it is, enclosed otherwise. */
export const valueOf = <V>(N: Num<V>, s: string): V => {
  const r = of(s);
  return r.d === 1n ? N.of(String(r.n)) : N.ratio(String(r.n), String(r.d));
};
