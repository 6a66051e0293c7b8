import type { Num } from '../../engine/num/index.js';
import type { SofteningOperator } from '../../engine/operators/softening.js';

/**
 * Construction 3 (convex mixing): F_T(p) = α(T)·p + (1 − α(T))·u, u uniform, with "α : R⁺ → [0, 1]
 * strictly decreasing, α(1) = 1, α(∞) → 0". As written this cannot be met for T < 1: strictly
 * decreasing with α(1) = 1 forces α(T) > 1 there, outside [0, 1]. Each faithful reading is a variant;
 * the checker shows the consequences. No output is clamped.
 *
 * | case      | clamped: α = min(1, 1/T)              | extrapolated: α = 1/T                      |
 * |-----------|----------------------------------------|--------------------------------------------|
 * | p_i = 0   | (1 − α)/V > 0 for T > 1                | (1 − α)/V < 0 for T < 1: leaves the simplex |
 * | ties      | stay equal                             | stay equal                                 |
 * | T → 0⁺    | F_T(p) = p: no sharpening              | α → ∞: entries → ±∞                        |
 * | T → ∞     | uniform                                | uniform                                    |
 */
export function convexMix<V>(N: Num<V>, p: readonly V[], alpha: V): V[] {
  const u = N.ratio('1', String(p.length));
  const rest = N.sub(N.of(1), alpha);
  return p.map((x) => N.add(N.mul(alpha, x), N.mul(rest, u)));
}

function mixing(variant: string, reading: string, alpha: <V>(N: Num<V>, T: V) => V): SofteningOperator {
  return {
    kind: 'softening',
    name: `convex-mixing/${variant}`,
    description: `Construction 3, F_T(p) = α(T)p + (1 − α(T))u with ${reading}`,
    exactness: 'generic',
    sources: [import.meta.url],
    apply: (N, p, T) => convexMix(N, p, alpha(N, T)),
  };
}

export const convexMixingClamped = mixing(
  'clamped',
  'α(T) = min(1, 1/T): keeps α in [0, 1] but is not strictly decreasing on (0, 1]',
  (N, T) => N.min(N.of(1), N.div(N.of(1), T)),
);

export const convexMixingExtrapolated = mixing(
  'extrapolated',
  'α(T) = 1/T: strictly decreasing with α(1) = 1, but α > 1 for T < 1, outside the stated range [0, 1]',
  (N, T) => N.div(N.of(1), T),
);

export const convexMixingExponential = mixing(
  'exponential',
  'α(T) = e^(1 − T): strictly decreasing with α(1) = 1 and α(∞) = 0, but α > 1 for T < 1 (bounded by e)',
  (N, T) => N.exp(N.sub(N.of(1), T)),
);
