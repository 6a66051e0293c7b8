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
 * A bound cut to 12 significant digits for reading, rounded outward (a lower bound down, an upper
 * bound up) so the shortened enclosure still encloses; the exact strings stay in the JSON.
 */
export function shortBound(s: string, side: 'lo' | 'hi'): string {
  if (s.length <= 18 || !/^-?[\d.]+(e[-+]?\d+)?$/i.test(s)) return s;
  return new Reading(s).toSignificantDigits(12, side === 'lo' ? Decimal.ROUND_FLOOR : Decimal.ROUND_CEIL).toString();
}

/** 'interval', or for a sequence 'sequence-evidence, terms by interval': what the certificate rests on. */
export function certificateBasis(c: Certificate): string {
  return c.kind === 'sequence-evidence' && c.terms ? `sequence-evidence, terms by ${c.terms}` : c.kind;
}

export function formatCertificate(c: Certificate): string {
  return `${c.quantity} ∈ [${shortBound(c.lo, 'lo')}, ${shortBound(c.hi, 'hi')}] (${certificateBasis(c)})`;
}

export function formatCounterexample(c: Counterexample): string {
  const received = c.certificate.received ? ` (float64 code: judged on the doubles it received, ${formatInstance(c.certificate.received)})` : '';
  return `${formatInstance(c.instance)}${received}; ${formatCertificate(c.certificate)}`;
}

/** How a counterexample was found, for reading; `code` wraps the fast-check path (Markdown backticks, HTML <code>). */
export function provenance(c: Counterexample, code: (path: string) => string): string {
  return c.path !== undefined ? `by fast-check, seed ${c.seed}, path ${code(c.path)}` : c.seed !== undefined ? `by targeted search from seed ${c.seed}` : 'by the derivation itself';
}
