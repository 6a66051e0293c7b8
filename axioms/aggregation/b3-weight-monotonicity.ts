import { Decimal } from 'decimal.js';
import type { EnsembleWithRaise } from '../../engine/domains/ensemble.js';
import { ensembleWithRaiseDomain } from '../../engine/domains/ensemble.js';
import { probabilities } from '../../engine/instance/weights.js';
import type { Num } from '../../engine/num/index.js';
import { pointwise } from '../../engine/pointwise.js';
import type { AggregationOperator } from '../../engine/operators/aggregation.js';
import { finiteness, isZeroWeight, softenedTeachers, validAggregate } from './outputs.js';

/** A distance between distributions, written once over Num; may be +∞. */
type Divergence = <V>(N: Num<V>, a: readonly V[], b: readonly V[], aZero: readonly boolean[]) => V;

/** Σ_i a_i ln(a_i / b_i), terms with a_i = 0 (known exactly) dropped. */
const kl: Divergence = (N, a, b, aZero) => N.sum(a.map((ai, i) => (aZero[i] ? N.of(0) : N.mul(ai, N.sub(N.ln(ai), N.ln(b[i]))))));

const divergences: Record<
  string,
  { quantity: string; d: <V>(N: Num<V>, A: readonly V[], p: readonly V[], pZero: readonly boolean[]) => V }
> = {
  kl: { quantity: 'KL(p_k ‖ A) − KL(p_k ‖ A′)', d: (N, A, p, pZero) => kl(N, p, A, pZero) },
  'reverse-kl': {
    quantity: 'KL(A ‖ p_k) − KL(A′ ‖ p_k)',
    d: (N, A, p) =>
      kl(
        N,
        A,
        p,
        A.map(() => false),
      ),
  },
  tv: { quantity: 'TV(A, p_k) − TV(A′, p_k)', d: (N, A, p) => N.div(N.sum(A.map((a, i) => N.abs(N.sub(a, p[i])))), N.of(2)) },
};

/** The weights of x with w_k raised by d (normalising then rescales the others). */
export function raised(x: EnsembleWithRaise): string[] {
  return x.w.map((v, k) => (k === x.k ? new Decimal(v).plus(x.d).toString() : v));
}

/**
 * B3: raising w_k (others rescaled) moves the aggregate toward p_k: the distance to p_k does not
 * grow. One reading per distance. When both distances are +∞ the margin is 0 (no change); only
 * +∞ after the raise is a violation.
 */
function monotonicityReading(distance: keyof typeof divergences, softened = false) {
  const { quantity, d } = divergences[distance];
  const target = softened ? 'F_T(p_k)' : 'p_k';
  return pointwise<EnsembleWithRaise, AggregationOperator>({
    id: 'B3',
    variant: softened ? `${distance}-softened` : distance,
    title: `Weight monotonicity in ${distance === 'tv' ? 'total variation' : distance === 'kl' ? 'KL(p_k ‖ ·)' : 'reverse KL'}${softened ? ', toward the softened teacher' : ''}`,
    statement: `Raising the weight of teacher k (others rescaled) does not move A(p; w, T) away from ${target}: ${quantity.replaceAll('p_k', target)} ≥ 0.`,
    strict: false,
    runs: 3000,
    quantity: quantity.replaceAll('p_k', target),
    domain: ensembleWithRaiseDomain,
    margin<V>(N: Num<V>, op: AggregationOperator, x: EnsembleWithRaise): V {
      const before = validAggregate(N, op, x);
      const after = validAggregate(N, op, { ...x, w: raised(x) });
      if (!before || !after) return N.of(1);
      // F_T keeps zeros at zero, so the exact zero pattern of p_k is that of F_T(p_k)
      const p = softened ? softenedTeachers(N, x)[x.k] : probabilities(N, x.teachers[x.k]);
      const pZero = x.teachers[x.k].map(isZeroWeight);
      const [old, now] = [d(N, before, p, pZero), d(N, after, p, pZero)];
      const [was, is] = [finiteness(N, old), finiteness(N, now)];
      if (was === 'unknown' || is === 'unknown') return N.of(Number.NaN);
      if (is === 'infinite') return was === 'finite' ? N.of(-1) : N.of(0);
      if (was === 'infinite') return N.of(1);
      return N.sub(old, now);
    },
  });
}

export const B3KL = monotonicityReading('kl');
export const B3ReverseKL = monotonicityReading('reverse-kl');
export const B3TV = monotonicityReading('tv');
/** At temperature T, toward the softened teacher F_T(p_k), F the power transform. */
export const B3KLSoftened = monotonicityReading('kl', true);
export const B3ReverseKLSoftened = monotonicityReading('reverse-kl', true);
export const B3TVSoftened = monotonicityReading('tv', true);
