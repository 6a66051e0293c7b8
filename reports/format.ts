import { Decimal } from 'decimal.js';
import type { Certificate, Counterexample } from '../engine/verdicts.js';

/** An instance as `p = (1/3, 2/3), T = 2`. */
export function formatInstance(instance: Record<string, string | string[]>): string {
  return Object.entries(instance)
    .map(([k, v]) => `${k} = ${Array.isArray(v) ? `(${v.join(', ')})` : v}`)
    .join(', ');
}

const Reading = Decimal.clone({ precision: 12, minE: -9e15, maxE: 9e15 });

/**
 * A bound cut to `digits` significant digits for reading, rounded outward (a lower bound down, an
 * upper bound up) so the shortened enclosure still encloses; the exact strings stay in the JSON.
 */
export function shortBound(s: string, side: 'lo' | 'hi', digits = 12): string {
  if (s.length <= digits + 6 || !/^-?[\d.]+(e[-+]?\d+)?$/i.test(s)) return s;
  return new Reading(s).toSignificantDigits(digits, side === 'lo' ? Decimal.ROUND_FLOOR : Decimal.ROUND_CEIL).toString();
}

/** An enclosure for a sentence: '= −1/2' when it is a point, else '∈ [lo, hi]' cut outward to `digits`. */
export function enclosureText(c: Certificate, digits = 4): string {
  return c.lo === c.hi ? `= ${c.lo}` : `∈ [${shortBound(c.lo, 'lo', digits)}, ${shortBound(c.hi, 'hi', digits)}]`;
}

/** Coordinates of a vector shown in a one-line instance; longer vectors are elided in the middle. */
const SHORT_VECTOR = 6;

/**
 * An instance on one line for the key findings: every value exact, a vector longer than six
 * coordinates shown by its first four and last one with its length (the full vector is in its section).
 */
export function shortInstance(instance: Record<string, string | string[]>): string {
  const vector = (v: string[]) =>
    v.length <= SHORT_VECTOR ? v.join(', ') : `${v.slice(0, 4).join(', ')}, …, ${v[v.length - 1]}; ${v.length} coordinates`;
  return Object.entries(instance)
    .map(([k, v]) => `${k} = ${Array.isArray(v) ? `(${vector(v)})` : v}`)
    .join(', ');
}

/** 'interval', or for a sequence 'sequence-evidence, terms by interval': what the certificate rests on. */
export function certificateBasis(c: Certificate): string {
  return c.kind === 'sequence-evidence' && c.terms ? `sequence-evidence, terms by ${c.terms}` : c.kind;
}

export function formatCertificate(c: Certificate): string {
  return `${c.quantity} ∈ [${shortBound(c.lo, 'lo')}, ${shortBound(c.hi, 'hi')}] (${certificateBasis(c)})`;
}

export function formatCounterexample(c: Counterexample): string {
  const received = c.certificate.received
    ? ` (float64 code: judged on the doubles it received, ${formatInstance(c.certificate.received)})`
    : '';
  return `${formatInstance(c.instance)}${received}; ${formatCertificate(c.certificate)}`;
}

/** How a counterexample was found, for reading; `code` wraps the fast-check path (Markdown backticks, HTML <code>). */
export function provenance(c: Counterexample, code: (path: string) => string): string {
  return c.path !== undefined
    ? `by fast-check, seed ${c.seed}, path ${code(c.path)}`
    : c.seed !== undefined
      ? `by targeted search from seed ${c.seed}`
      : 'by the derivation itself';
}
