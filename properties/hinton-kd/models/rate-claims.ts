import type { Num } from '../../../engine/num/index.js';
import { constantOf, linearisationError, softmaxSecondOrder } from './expansion.js';
import { gradient, highTemperatureGradient, matchingLogitsGradient } from './gradient.js';
import type { RateClaim } from './rates.js';
import { centred, valueOf } from './rational.js';
import { maxAbs } from './softmax.js';

export type Pair = { z: string[]; v: string[] };
const logits = (x: Pair) => [...x.z, ...x.v];

/** S2: T²·∂C/∂z → ((z − z̄) − (v − v̄))/N, error K/T with K from the ε² terms of both softmaxes. */
export const scaledGradientRate: RateClaim<Pair> = {
  order: 1,
  error<V>(N: Num<V>, x: Pair, T: V) {
    const limit = centred(x.z).map((u, i) => N.div(N.sub(valueOf(N, u), valueOf(N, centred(x.v)[i])), N.of(x.z.length)));
    return maxAbs(
      N,
      gradient(N, x.z, x.v, T).map((g) => N.mul(N.mul(T, T), g)),
      limit,
    );
  },
  constant: (x) => constantOf(softmaxSecondOrder(x.z), softmaxSecondOrder(x.v)),
  logits,
};

/** S4: exact gradient − Eq. 3, error K/T³ with K from the ε² error of the linearised softmax. */
export const highTemperatureRate: RateClaim<Pair> = {
  order: 3,
  error: (N, x, T) => maxAbs(N, gradient(N, x.z, x.v, T), highTemperatureGradient(N, x.z, x.v, T)),
  constant: (x) => constantOf(linearisationError(x.z), linearisationError(x.v)),
  logits,
};

/** S5: exact gradient − Eq. 4 on zero-meaned logits, error K/T³ (the linearisation error is the softmax's own ε² term there). */
export const matchingLogitsRate: RateClaim<Pair> = {
  order: 3,
  error: (N, x, T) => maxAbs(N, gradient(N, x.z, x.v, T), matchingLogitsGradient(N, x.z, x.v, T)),
  constant: (x) => constantOf(softmaxSecondOrder(x.z), softmaxSecondOrder(x.v)),
  logits,
};
