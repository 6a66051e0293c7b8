import { powerTransform } from '../../../operators/softening/power.js';
import { exactDecimalOfDouble, float64 } from '../../../engine/num/index.js';

/**
 * The two float64 routes to the softened distribution of §II, each as a careful implementation
 * would write it (max-subtracted softmax; power computed as (p_i/max p)^(1/T)), so that what
 * separates them is the route, not a naive formula:
 * - `viaProbabilities`: p = softmax(z) first (what a black-box API returns), then F_T(p) ∝ p^(1/T);
 * - `direct`: softmax(z/T) from the logits.
 * Both return plain doubles; a claim takes them exactly (`exactDecimalOfDouble`).
 */
export function stableSoftmax(z: readonly number[], T = 1): number[] {
  const top = Math.max(...z);
  const e = z.map((zi) => Math.exp((zi - top) / T));
  const total = e.reduce((a, b) => a + b, 0);
  return e.map((x) => x / total);
}

export function viaProbabilities(z: readonly number[], T: number): number[] {
  return powerTransform(float64, stableSoftmax(z), T);
}

export function direct(z: readonly number[], T: number): number[] {
  return stableSoftmax(z, T);
}

/** The smallest normal double, 2^-1022, exactly: below it a double carries fewer than 53 significant bits. */
export const SMALLEST_NORMAL = exactDecimalOfDouble(2 ** -1022);
