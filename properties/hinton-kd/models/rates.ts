import { Decimal } from 'decimal.js';
import type { Domain } from '../../../engine/domains/domain.js';
import { intervalNum, type Num } from '../../../engine/num/index.js';
import { abs, approximate, compare, maxOf, valueOf } from './rational.js';
import type { SequenceSpec } from './sequence-check.js';

/**
 * An asymptotic claim with a rate: error(T) ≈ K·T^-order as T → ∞, K the constant the 1/T expansion
 * predicts (models/expansion.ts). Along T_k = 10^k the exponent is estimated from the last decade,
 * log10(error(T_{k−1})/error(T_k)), and the constant from error(T_k)·T_k^order; both must agree with
 * the claim within TOLERANCE. A claim of the wrong order fails on the exponent; a right order with a
 * wrong constant fails on the constant.
 */
export interface RateClaim<X> {
  readonly order: number;
  error<V>(N: Num<V>, x: X, T: V): V;
  /** The predicted constant K at x, exactly; '0' where the leading coefficient vanishes (the claim then says nothing at x). */
  constant(x: X): string;
  /** The logits of x, to place the sequence where T is large against them. */
  logits(x: X): string[];
}

export const TOLERANCE = '0.05';
const DECADES = 4;

/**
 * T_0 = 10^k0 with 10^k0 ≥ 1000·max(s, s³/K), s the largest |logit|: the next term of the expansion,
 * relative to the first, is of order s³/(K·T), so the estimates at the last decade are within 10^-3·…
 * of their limits; sequences stay at most 30 decades up.
 */
export function rateTemperatures<X>(claim: RateClaim<X>, x: X): string[] {
  const s = Math.max(1, approximate(maxOf(claim.logits(x).map(abs))));
  const K = approximate(claim.constant(x));
  const k0 = Math.min(30, Math.ceil(Math.log10(Math.max(s, s ** 3 / K))) + 3);
  return Array.from({ length: DECADES }, (_, k) => `1e${k0 + k}`);
}

/** The exponent over the last decade and T^order·error at the last term. */
function estimates<V>(N: Num<V>, order: number, terms: readonly V[], lastT: V): { exponent: V; constant: V } {
  const [a, b] = terms.slice(-2);
  return { exponent: N.div(N.ln(N.div(a, b)), N.ln(N.of(10))), constant: N.mul(b, N.pow(lastT, N.of(order))) };
}

export function rateSpec<X>(
  claim: RateClaim<X>,
  meta: Pick<SequenceSpec<X>, 'id' | 'variant' | 'title' | 'statement' | 'runs'> & { domain: Domain<X> },
): SequenceSpec<X> {
  const r = claim.order;
  return {
    ...meta,
    temperatures: (x) => rateTemperatures(claim, x),
    term: (N, x, T) => claim.error(N, x, T),
    applies: (x) => compare(claim.constant(x), '0') !== 0,
    judge(N, x, terms) {
      const temps = rateTemperatures(claim, x);
      const { exponent, constant } = estimates(N, r, terms, N.of(temps.at(-1)!));
      const K = valueOf(N, claim.constant(x));
      const offOrder = N.abs(N.sub(exponent, N.of(r)));
      const offConstant = N.abs(N.sub(N.div(constant, K), N.of(1)));
      return N.sub(N.of(TOLERANCE), N.max(offOrder, offConstant));
    },
    quantity: `${TOLERANCE} − max(|estimated exponent − ${r}|, |T^${r}·error / K − 1|)`,
    violation: `The error does not behave as K·T^-${r} with the expansion's K: the exponent estimated over the last decade, or the constant, is off by more than ${TOLERANCE}.`,
    procedure: `error along T = 10^k0 … 10^(k0+${DECADES - 1}), 10^k0 ≥ 1000·max(s, s³/K); exponent log10(e_{k−1}/e_k) and constant T^${r}·e_k compared with order ${r} and the expansion's K within ${TOLERANCE}`,
  };
}

/** The measured exponent and constant at x, for the report ("error = Θ(T^-3), constant ≈ …"). */
export function measureRate<X>(
  claim: RateClaim<X>,
  x: X,
  precision: number,
): { exponent: string; constant: string; predicted: string; at: string } {
  const temps = rateTemperatures(claim, x);
  const I = intervalNum(precision + 3 * (temps.length + Number(temps[0].slice(2))));
  const terms = temps.map((t) => claim.error(I, x, I.of(t)));
  const { exponent, constant } = estimates(I, claim.order, terms, I.of(temps.at(-1)!));
  const show = (v: ReturnType<typeof I.of>, places: number) => new Decimal(I.bounds(v)[0]).toFixed(places);
  return {
    exponent: show(exponent, 4),
    constant: new Decimal(I.bounds(constant)[0]).toSignificantDigits(6).toString(),
    predicted: claim.constant(x),
    at: temps.at(-1)!,
  };
}
