import type { Certificate, Counterexample } from '../engine/verdicts.js';

/** An instance as `p = (1/3, 2/3), T = 2`. */
export function formatInstance(instance: Record<string, string | string[]>): string {
  return Object.entries(instance)
    .map(([k, v]) => `${k} = ${Array.isArray(v) ? `(${v.join(', ')})` : v}`)
    .join(', ');
}

/** A decimal string cut to `digits` significant digits for reading; exact strings stay in the JSON. */
export function shortDecimal(s: string, digits = 12): string {
  if (s.length <= digits + 6) return s;
  const x = Number(s);
  // beyond float64's range the string itself is the only faithful rendering
  return Number.isFinite(x) && x !== 0 ? x.toPrecision(digits) : s;
}

export function formatCertificate(c: Certificate): string {
  return `${c.quantity} ∈ [${shortDecimal(c.lo)}, ${shortDecimal(c.hi)}] (${c.kind})`;
}

export function formatCounterexample(c: Counterexample): string {
  return `${formatInstance(c.instance)}; ${formatCertificate(c.certificate)}`;
}
