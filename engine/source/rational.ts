import { Decimal } from 'decimal.js';

/**
 * Exact rationals for folding constant expressions of operator code (`2 ** -30`, `1 / 3`,
 * `-1e-3 * 4`): a numerator and a positive denominator, reduced. Folding is exact, so a harvested
 * boundary is the number the code means, not its double.
 */
export interface Rational {
  readonly num: bigint;
  readonly den: bigint;
}

/** The largest exponent folded: beyond it `x ** n` is left unfolded (no boundary is that far out). */
const MAX_EXPONENT = 400;

const gcd = (a: bigint, b: bigint): bigint => {
  let [x, y] = [a < 0n ? -a : a, b];
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
};

export function rational(num: bigint, den = 1n): Rational | undefined {
  if (den === 0n) return undefined;
  const sign = den < 0n ? -1n : 1n;
  const g = gcd(num, den < 0n ? -den : den) || 1n;
  return { num: (sign * num) / g, den: (sign * den) / g };
}

/** A numeric literal's exact value ('0.5', '1e-3', '0x10', '1_000'); undefined for what is not a finite number. */
export function parseRational(text: string): Rational | undefined {
  const clean = text.replace(/_/g, '');
  if (/^0[xob]/i.test(clean)) return rational(BigInt(clean));
  const m = /^(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(clean);
  if (!m || (m[1] === '' && (m[2] ?? '') === '')) return undefined;
  const [whole, frac = '', exp = '0'] = [m[1], m[2], m[3]];
  const e = Number(exp) - frac.length;
  if (Math.abs(e) > 1000) return undefined;
  const digits = BigInt(`${whole}${frac}` || '0');
  return e >= 0 ? rational(digits * 10n ** BigInt(e)) : rational(digits, 10n ** BigInt(-e));
}

export const add = (a: Rational, b: Rational) => rational(a.num * b.den + b.num * a.den, a.den * b.den);
export const sub = (a: Rational, b: Rational) => rational(a.num * b.den - b.num * a.den, a.den * b.den);
export const mul = (a: Rational, b: Rational) => rational(a.num * b.num, a.den * b.den);
export const div = (a: Rational, b: Rational) => rational(a.num * b.den, a.den * b.num);
export const neg = (a: Rational): Rational => ({ num: -a.num, den: a.den });

/** a ** b for an integer b of moderate size (2 ** -30); undefined otherwise (an irrational or huge power). */
export function pow(a: Rational, b: Rational): Rational | undefined {
  if (b.den !== 1n || (b.num < 0n ? -b.num : b.num) > BigInt(MAX_EXPONENT)) return undefined;
  const n = b.num < 0n ? -b.num : b.num;
  const up = rational(a.num ** n, a.den ** n);
  return up && b.num < 0n ? div({ num: 1n, den: 1n }, up) : up;
}

/** True when a/b has a finite decimal expansion (b = 2^i·5^j). */
function terminates(den: bigint): boolean {
  let d = den;
  for (const p of [2n, 5n]) while (d % p === 0n) d /= p;
  return d === 1n;
}

/** Enough digits for any folded terminating value (exponents are bounded by MAX_EXPONENT and literals by ±1000). */
const Exact = Decimal.clone({ precision: 5000, minE: -9e15, maxE: 9e15 });

/**
 * The value as the engine's exact-number strings (engine/domains/validate.ts): a plain decimal
 * ('0.001', '-2', '9.5367431640625e-7') when it has one, else 'a/b'.
 */
export function exactString(r: Rational): string {
  return terminates(r.den) ? new Exact(r.num.toString()).div(r.den.toString()).toString() : `${r.num}/${r.den}`;
}
