import { Decimal } from 'decimal.js';

/**
 * Validation of values read from outside (corpus entries, replay files): each domain's `validate`
 * says why a value is not one of its instances, in one short sentence, or returns undefined.
 * Only the shapes and ranges the generators (and their simplifications and neighbours) produce are
 * accepted, so a stored instance costs what a generated one costs, and every arithmetic reads it as
 * the exact point it stands for. The limits, documented once:
 *
 * - numbers are JSON strings of plain decimals: digits, an optional fraction and an optional
 *   exponent (`12`, `0.125`, `1e-320`, `1.5e+7`); no `NaN`, `Infinity`, hex, spaces or signs other
 *   than a leading `-` where negatives are allowed;
 * - at most {@link MAX_DIGITS} significant digits and a decimal exponent within ±{@link MAX_EXPONENT}
 *   (the generators produce masses down to 1e-340 and integers below 1e13; nearby points carry 15
 *   significant digits): "1e-320" is fine, "1e-99999999" is not;
 * - weights (points of the simplex, teacher weights) are non-negative with a positive sum;
 * - temperatures lie in [{@link MIN_TEMPERATURE}, {@link MAX_TEMPERATURE}], the range targeted
 *   search climbs through (generated: 1e-9 … 1e12);
 * - lengths (V, K, …) within the generator's range for the domain.
 */
export type Problem = string | undefined;

/** Exact weights placed on a hyperplane or beside a mass of 1e-335 carry a few hundred digits. */
export const MAX_DIGITS = 1100;
export const MAX_EXPONENT = 1000;
export const MIN_TEMPERATURE = '1e-10';
export const MAX_TEMPERATURE = '1e13';
/** The longest number string accepted (digits, point, exponent). */
const MAX_LENGTH = 1200;

const D = Decimal.clone({ precision: MAX_LENGTH, minE: -9e15, maxE: 9e15 });
const DECIMAL = /^-?\d+(\.\d+)?([eE][+-]?\d{1,9})?$/;

const show = (v: unknown) => {
  const s = typeof v === 'string' ? JSON.stringify(v) : typeof v === 'number' ? String(v) : (JSON.stringify(v) ?? String(v));
  return s.length > 40 ? `${s.slice(0, 37)}…` : s;
};

/** An object with exactly `keys` (optional ones may be absent), or why not. */
export function objectProblem(x: unknown, keys: readonly string[], optional: readonly string[] = []): Problem {
  if (typeof x !== 'object' || x === null || Array.isArray(x))
    return `the instance is not an object with fields ${keys.join(', ')}`;
  for (const k of keys) if (!(k in x) && !optional.includes(k)) return `missing field ${k}`;
  const extra = Object.keys(x).find((k) => !keys.includes(k));
  return extra === undefined ? undefined : `unexpected field ${show(extra)}`;
}

/** An array of length in [min, max], or why not (`what` names it, `n` the length's symbol). */
export function arrayProblem(x: unknown, what: string, min: number, max: number, n = 'length'): Problem {
  if (!Array.isArray(x)) return `${what} is not an array`;
  if (x.length < min || x.length > max) return `${what} has ${n} = ${x.length}, outside ${min}–${max}`;
  return undefined;
}

/** The exact decimal a string stands for, or why it is not one within the limits. */
export function parseDecimal(x: unknown, what: string): Decimal | string {
  if (typeof x !== 'string') return `${what} ${show(x)} is not a string`;
  if (x.length > MAX_LENGTH || !DECIMAL.test(x)) return `${what} ${show(x)} is not a decimal number`;
  const exponent = Number(/[eE]([+-]?\d+)$/.exec(x)?.[1] ?? 0);
  if (Math.abs(exponent) > 2 * MAX_EXPONENT) return `${what} ${show(x)} has an exponent beyond ±${MAX_EXPONENT}`;
  const d = new D(x);
  if (!d.isFinite()) return `${what} ${show(x)} is not finite`;
  if (d.isZero()) return d;
  if (Math.abs(d.e) > MAX_EXPONENT) return `${what} ${show(x)} has an exponent beyond ±${MAX_EXPONENT}`;
  if (d.precision(true) > MAX_DIGITS) return `${what} ${show(x)} has more than ${MAX_DIGITS} significant digits`;
  return d;
}

/** A decimal in [min, max] (either bound optional), or why not. */
export function decimalProblem(x: unknown, what: string, min?: string, max?: string): Problem {
  const d = parseDecimal(x, what);
  if (typeof d === 'string') return d;
  if (min !== undefined && d.lt(min)) return `${what} ${show(x)} is below ${min}`;
  if (max !== undefined && d.gt(max)) return `${what} ${show(x)} is above ${max}`;
  return undefined;
}

/** Exact non-negative weights with a positive sum, length in [min, max]: a point of the simplex (or teacher weights). */
export function weightsProblem(x: unknown, what: string, min: number, max: number, n = 'V'): Problem {
  const shape = arrayProblem(x, what, min, max, n);
  if (shape) return shape;
  let positive = false;
  for (const [i, v] of (x as unknown[]).entries()) {
    const d = parseDecimal(v, `${what}[${i}]`);
    if (typeof d === 'string') return d;
    if (d.isNegative()) return `${what}[${i}] ${show(v)} is negative`;
    positive ||= !d.isZero();
  }
  return positive ? undefined : `${what} sum to 0: not a point of the simplex`;
}

/** One exact positive weight (a raise, a probability weight), or why not. */
export function positiveProblem(x: unknown, what: string): Problem {
  const d = parseDecimal(x, what);
  if (typeof d === 'string') return d;
  return d.gt(0) ? undefined : `${what} ${show(x)} must be > 0`;
}

/** A temperature: an exact decimal T > 0 within the searched range, or why not. */
export function temperatureProblem(x: unknown, what = 'T'): Problem {
  const d = parseDecimal(x, what);
  if (typeof d === 'string') return d;
  if (!d.gt(0)) return `${what} must be > 0, not ${show(x)}`;
  if (d.lt(MIN_TEMPERATURE) || d.gt(MAX_TEMPERATURE))
    return `${what} ${show(x)} is outside the searched range ${MIN_TEMPERATURE} … ${MAX_TEMPERATURE}`;
  return undefined;
}

/** An integer in [min, max], or why not. */
export function integerProblem(x: unknown, what: string, min: number, max: number): Problem {
  if (typeof x !== 'number' || !Number.isInteger(x)) return `${what} ${show(x)} is not an integer`;
  return x < min || x > max ? `${what} = ${x} is outside ${min}–${max}` : undefined;
}

/** One of a fixed list, or why not. */
export function choiceProblem(x: unknown, what: string, options: readonly unknown[]): Problem {
  return options.includes(x) ? undefined : `${what} ${show(x)} is not one of ${options.map(show).join(', ')}`;
}

/** The first problem of several checks, evaluated in order (later ones may assume earlier ones passed). */
export function firstProblem(...checks: Array<() => Problem>): Problem {
  for (const check of checks) {
    const problem = check();
    if (problem) return problem;
  }
  return undefined;
}

/** Run a validator that may assume a shape it has not checked: a thrown error is a problem too. */
export function guarded(validate: (x: unknown) => Problem): (x: unknown) => Problem {
  return (x) => {
    try {
      return validate(x);
    } catch (e) {
      return `not an instance (${e instanceof Error ? e.message : String(e)})`;
    }
  };
}
