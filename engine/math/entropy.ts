import type { Num } from '../num/index.js';

/**
 * x·ln x with the convention 0·ln 0 = 0. An interval [0, h] (a coordinate that may be exactly 0)
 * is enclosed by [min_{t∈[0,h]} t ln t, 0]; t ln t has its minimum −1/e at t = 1/e.
 */
export function xlogx<T>(N: Num<T>, x: T): T {
  const zero = N.of(0);
  if (N.lt(zero, x) === true) return N.mul(x, N.ln(x));
  if (N.le(x, zero) === true) return zero;
  const h = N.of(N.bounds(x)[1]);
  const atH = N.mul(h, N.ln(h));
  const minusInvE = N.neg(N.exp(N.of(-1)));
  return N.hull(N.hull(zero, atH), N.le(h, N.exp(N.of(-1))) === true ? atH : minusInvE);
}

/** Shannon entropy H(q) = −Σ q_i ln q_i in nats. */
export function entropy<T>(N: Num<T>, q: readonly T[]): T {
  return N.neg(N.sum(q.map((x) => xlogx(N, x))));
}
