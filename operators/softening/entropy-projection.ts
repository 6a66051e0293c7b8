import type { Num } from '../../engine/num/index.js';
import { entropy } from '../../engine/math/entropy.js';
import { projectEntropy } from './entropy-projection-solver.js';
import type { SofteningOperator } from '../../engine/operators/softening.js';

/**
 * Construction 1 (entropy projection): F_T(p) = argmin KL(q‖p) subject to H(q) = h(p, T) and
 * argmax q = argmax p, solved as that optimisation (see entropy-projection-solver.ts).
 *
 * Readings made explicit:
 * - KL(q‖p) is infinite unless supp q ⊆ supp p, so the feasible entropies are those of the support.
 * - "argmax preserved" is read as the argmax SET: with k tied maxima, q keeps them tied and maximal,
 *   so H(q) ≥ log k; the least-entropy feasible q is uniform on them.
 * - The paper leaves h(p, T) open ("parameterizing H_target by temperature"). Default schedule, with
 *   s = |supp p| and k the number of maximal coordinates, clamped into the feasible [log k, log s]:
 *     h(p, T) = H(p) + (log s − H(p))·(1 − 1/T)   for T ≥ 1,
 *     h(p, T) = log k + (H(p) − log k)·T          for T < 1,
 *   continuous and non-decreasing in T, h(p, 1) = H(p), → log s as T → ∞, → log k as T → 0⁺.
 *
 * | case    | behaviour                                                                  |
 * |---------|----------------------------------------------------------------------------|
 * | p_i = 0 | q_i = 0 (KL); s, hence h, jumps when a zero becomes positive               |
 * | ties    | tied coordinates stay tied (the minimiser is unique and symmetric)         |
 * | T → 0⁺  | uniform on the maximal coordinates                                         |
 * | T → ∞   | uniform on the support (not on all V coordinates when p has zeros)          |
 *
 * The solver is iterative, so there is no interval enclosure: exactness 'decimal' (violations are
 * certified by agreement at two precisions beyond an allowance, and reported as such).
 */
export type EntropySchedule = <V>(N: Num<V>, p: readonly V[], T: V) => V;

export const defaultSchedule: EntropySchedule = (N, p, T) => {
  const top = p.reduce((a, b) => N.max(a, b));
  const k = p.filter((x) => N.le(top, x) === true).length;
  const s = p.filter((x) => N.lt(N.of(0), x) === true).length;
  const [low, high, H] = [N.ln(N.of(k)), N.ln(N.of(s)), entropy(N, p)];
  return N.le(N.of(1), T) === true
    ? N.add(H, N.mul(N.sub(high, H), N.sub(N.of(1), N.div(N.of(1), T))))
    : N.add(low, N.mul(N.sub(H, low), T));
};

export function entropyProjection(schedule: EntropySchedule = defaultSchedule, name = 'entropy-projection'): SofteningOperator {
  return {
    kind: 'softening',
    name,
    description:
      'Construction 1: argmin KL(q‖p) s.t. H(q) = h(p,T), argmax preserved; h(p,T) interpolates H(p) toward log|supp p| (T > 1) and log #maxima (T < 1)',
    exactness: 'decimal',
    sources: [import.meta.url],
    apply<V>(N: Num<V>, p: readonly V[], T: V): V[] {
      const top = p.reduce((a, b) => N.max(a, b));
      const maxima = p.map((x) => N.le(top, x) === true);
      const support = p.map((x) => N.lt(N.of(0), x) === true);
      const [low, high] = [N.ln(N.of(maxima.filter(Boolean).length)), N.ln(N.of(support.filter(Boolean).length))];
      const h = N.min(high, N.max(low, schedule(N, p, T)));
      // at an end of the feasible range the minimiser is that end's uniform distribution
      if (N.le(h, low) === true) return uniformOn(N, maxima);
      if (N.le(high, h) === true) return uniformOn(N, support);
      const describe = () => ({ p: p.map((x) => String(N.toNumber(x))), T: String(N.toNumber(T)) });
      return projectEntropy(N, p, h, describe);
    },
  };
}

function uniformOn<V>(N: Num<V>, members: readonly boolean[]): V[] {
  const share = N.ratio('1', String(members.filter(Boolean).length));
  return members.map((m) => (m ? share : N.of(0)));
}

export const entropyProjectionDefault = entropyProjection();
