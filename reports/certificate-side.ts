import type { Certificate } from '../engine/verdicts.js';

/** Where a certified quantity must lie for the claim to hold: `relation bound`, e.g. ≥ 0. */
export interface AllowedSide {
  relation: '≥' | '>' | '<' | '≤';
  /** An exact decimal string. */
  bound: string;
}

const NUMBER = String.raw`(-?\d+(?:\.\d+)?(?:e[-+]?\d+)?)`;

/**
 * The certificate says where its quantity had to lie only in its explanation (the result model has
 * no field for it, and the engine is not the reports' to change), in the few forms the checks write:
 * a margin that must be ≥ 0 or > 0; a distance along a sequence that "stays ≥ ε" where it had to
 * fall below ε; a normalising total that is 0 where the output needs it positive. Any other wording
 * gives undefined, and the reports then show the enclosure without an allowed side rather than guess.
 */
const FORMS: Array<[RegExp, (m: RegExpMatchArray) => AllowedSide]> = [
  [/\bmust be (≥|>) 0\b/, (m) => ({ relation: m[1] as '≥' | '>', bound: '0' })],
  [new RegExp(String.raw`\bstays (≥|>) ${NUMBER}`), (m) => ({ relation: m[1] === '≥' ? '<' : '≤', bound: m[2] })],
  [new RegExp(String.raw`\bstays more than ${NUMBER} away`), (m) => ({ relation: '≤', bound: m[1] })],
  [/\bwhich the output is divided by\b/, () => ({ relation: '>', bound: '0' })],
];

export function allowedSide(c: Certificate): AllowedSide | undefined {
  for (const [form, side] of FORMS) {
    const m = c.explanation.match(form);
    if (m) return side(m);
  }
  return undefined;
}
