import { abs, centred, maxOf, mean, minus, plus, times } from './rational.js';

/**
 * The coefficients of the 1/T expansion of softmax, exactly. With u = x − x̄·1, σ² = mean(u²) and
 * ε = 1/T: softmax(x/T)_i = (1/N)(1 + ε u_i + ε² (u_i² − σ²)/2 + O(ε³)), while Eq. 3's linearised
 * (1 + ε x_i)/(N + ε Σx) = (1/N)(1 + ε u_i − ε² x̄ u_i + O(ε³)). The rate claims compare what they
 * measure with these.
 */
const square = (x: string) => times(x, x);

/** The ε² coefficient of N·softmax(x/T)_i: (u_i² − σ²)/2. */
export function softmaxSecondOrder(x: readonly string[]): string[] {
  const u = centred(x);
  const variance = mean(u.map(square));
  return u.map((ui) => times(minus(square(ui), variance), '1/2'));
}

/** The ε² coefficient of N·(softmax − Eq. 3's linearised softmax)_i: (u_i² − σ²)/2 + x̄ u_i. */
export function linearisationError(x: readonly string[]): string[] {
  const xbar = mean(x);
  return softmaxSecondOrder(x).map((c, i) => plus(c, times(xbar, minus(x[i], xbar))));
}

/** max_i |a_i − b_i| / N, exactly: the constant K of an error K·T^-r whose coefficients are a/N, b/N. */
export function constantOf(a: readonly string[], b: readonly string[]): string {
  return times(maxOf(a.map((ai, i) => abs(minus(ai, b[i])))), `1/${a.length}`);
}
