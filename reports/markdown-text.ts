import type { Counterexample } from '../engine/verdicts.js';
import { formatCertificate, formatInstance, provenance } from './format.js';

/** User text (operator names, messages) shown as text: no HTML, no table breaks. */
export const text = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\n/g, ' ');
export const escapeCell = (s: string) => text(s).replace(/\|/g, '\\|');

/** A Markdown anchor from free text ('Theorem VII.1' + reading → 'theorem-vii-1-as-typed'). */
export const anchor = (...parts: string[]) =>
  parts
    .filter(Boolean)
    .join('-')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** A certified counterexample as list items: exact instance, certificate, minimality (its size in the named order), replay. */
export function counterexampleLines(c: Counterexample, sizeOrder: string, label = 'Counterexample'): string[] {
  return [
    `- ${label}: ${text(formatInstance(c.instance))}`,
    `- Certificate: ${text(formatCertificate(c.certificate))}. ${text(c.certificate.explanation)}`,
    `- Minimality (${sizeOrder}): (${c.size.join(', ')}); found ${provenance(c, (path) => `\`${path}\``)}`,
    `- Replay: \`${c.replay}\``,
  ];
}
