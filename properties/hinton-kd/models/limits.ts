import type { Num } from '../../../engine/num/index.js';

/**
 * A limit is refuted along a sequence when its distance to the claimed limit stays ≥ GAP over the
 * last TAIL terms (as Axiom A5 is in axioms/softening/a5-limits.ts).
 */
export const GAP = '1e-6';
const TAIL = 3;

/** T = 10^e for e = 1, 2, 4, 8, 16 (T → ∞) or their inverses (T → 0⁺). */
const EXPONENTS = [1, 2, 4, 8, 16];
export const TOWARD_INFINITY = EXPONENTS.map((e) => `1e${e}`);
export const TOWARD_ZERO = EXPONENTS.map((e) => `1e-${e}`);

/** GAP − min(last TAIL distances): negative, certified, when the distance stays away from 0. */
export function staysAway<V>(N: Num<V>, distances: readonly V[]): V {
  const tail = distances.slice(-TAIL);
  return N.sub(
    N.of(GAP),
    tail.slice(1).reduce((m, d) => N.min(m, d), tail[0]),
  );
}

export const LIMIT_PROCEDURE = (side: string) =>
  `distance to the claimed limit along T = ${side === 'T→∞' ? TOWARD_INFINITY.join(', ') : TOWARD_ZERO.join(', ')}, refuted when ≥ ${GAP} at the last ${TAIL} terms`;
