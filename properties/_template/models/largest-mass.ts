import { probabilities } from '../../../engine/instance/weights.js';
import type { Num } from '../../../engine/num/index.js';

/** max_i p_i − 1/V for the distribution of the exact weights w: a helper a claim's margin uses (models/ holds such helpers). */
export function largestMassExcess<V>(N: Num<V>, w: readonly string[]): V {
  const p = probabilities(N, w);
  return N.sub(
    p.reduce((a, b) => N.max(a, b)),
    N.ratio('1', String(p.length)),
  );
}
