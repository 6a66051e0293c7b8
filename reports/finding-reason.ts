import type { Certificate } from '../engine/verdicts.js';
import { allowedSide } from './certificate-side.js';
import { enclosureText } from './format.js';

/** The first sentence of a text (up to the first '. ' before a capital letter, not after 'i.e.' or 'e.g.'), ending with a full stop. */
export function firstSentence(s: string): string {
  const end = s.search(/(?<!\b(?:i\.e|e\.g))\.\s+(?=[A-Z])/);
  const sentence = (end < 0 ? s : s.slice(0, end)).trim().replace(/\.$/, '');
  return `${sentence.length > LONG ? clause(sentence) : sentence}.`;
}

/** Past this many characters a sentence is cut at its first clause break ('; ' or ' (') after the opening words. */
const LONG = 200;
const clause = (s: string) => {
  const cut = s.slice(60).search(/; | \(/);
  return cut < 0 ? s : s.slice(0, 60 + cut);
};

/**
 * Why a certified counterexample refutes, as one clause built from the certificate itself: the
 * quantity, its enclosure and where it had to lie ('−max_i |F_1(p)_i − p_i| ∈ [−0.269, −0.2689],
 * but it must be ≥ 0'). When the certificate does not say which side was allowed, its own
 * explanation's first sentence stands in.
 */
export function certificateClause(c: Certificate): string {
  const side = allowedSide(c);
  const where = side ? `, but it must be ${side.relation} ${side.bound}` : ` (${firstSentence(c.explanation).slice(0, -1)})`;
  return `${c.quantity} ${enclosureText(c)}${where}`;
}
