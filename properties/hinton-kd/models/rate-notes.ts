import { measureRate, type RateClaim } from './rates.js';
import type { Pair } from './rate-claims.js';

/** Instances at which the report states the measured rate: a generic pair, and one with a far-negative teacher logit. */
const EXAMPLES: Pair[] = [
  { z: ['2', '0', '-1'], v: ['1', '1', '-3'] },
  { z: ['1', '0', '0'], v: ['0', '0', '-20'] },
];

/** "error = Θ(T^-r), exponent ≈ …, constant ≈ … (expansion: K = …) at z = …": sequence evidence, stated as such. */
export function rateNotes(
  claim: RateClaim<Pair>,
  precision: number,
  what: string,
  examples: readonly Pair[] = EXAMPLES,
): string[] {
  return examples.map((x) => {
    const m = measureRate(claim, x, precision);
    return `At z = (${x.z.join(', ')}), v = (${x.v.join(', ')}): the error ${what} = Θ(T^-${claim.order}); exponent over the last decade ≈ ${m.exponent}, T^${claim.order}·error ≈ ${m.constant} at T = ${m.at} (the expansion's constant K = ${m.predicted}). Sequence evidence, not a proof.`;
  });
}
