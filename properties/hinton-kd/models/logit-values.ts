import * as fc from 'fast-check';
import { complexity, parseRational, toText, rational } from './rational.js';

/** Logits stay within ±LOGIT_BOUND: far enough for §2.1's "much more negative" logits, exact all the same. */
export const LOGIT_BOUND = 1000;

/** One logit: mostly small integers, then halves and quarters, sometimes a larger integer. */
export const logitArb: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.integer({ min: -5, max: 5 }).map(String), weight: 6 },
  {
    arbitrary: fc
      .tuple(fc.integer({ min: -12, max: 12 }), fc.constantFrom(2n, 4n))
      .map(([n, d]) => toText(rational(BigInt(n), d))),
    weight: 2,
  },
  { arbitrary: fc.integer({ min: -100, max: 100 }).map(String), weight: 1 },
);

/** Simpler logits than l, simplest first: 0, ±1, the nearest integer, half of it. */
export function simplerLogits(l: string): string[] {
  const r = parseRational(l)!;
  const whole = r.n / r.d;
  const candidates = ['0', '1', '-1', String(whole), String(whole / 2n), toText(rational(r.n, 2n * r.d))];
  return [...new Set(candidates)].filter((c) => c !== l && complexity(c) < complexity(l));
}
