import type { Num } from '../../../engine/num/index.js';
import { softmaxT } from './softmax.js';
import { maxOf, minus, plus, valueOf } from './rational.js';

/**
 * ∂C/∂z_i of the soft-target cross-entropy C = −Σ p_i log q_i (Eq. 2, proved in claims/S3.ts):
 * (1/T)(q_i − p_i), q = softmax(z/T), p = softmax(v/T).
 */
export function gradient<V>(N: Num<V>, z: readonly string[], v: readonly string[], T: V): V[] {
  const [q, p] = [softmaxT(N, z, T), softmaxT(N, v, T)];
  return q.map((qi, i) => N.div(N.sub(qi, p[i]), T));
}

/** Eq. 3's first-order softmax (1 + x_i/T) / (N + Σ_j x_j/T): e^{x/T} ≈ 1 + x/T in numerator and denominator. */
function linearised<V>(N: Num<V>, x: readonly string[], T: V): V[] {
  const total = N.add(N.of(x.length), N.div(N.sum(x.map((l) => valueOf(N, l))), T));
  return x.map((l) => N.div(N.add(N.of(1), N.div(valueOf(N, l), T)), total));
}

/** Eq. 3: ∂C/∂z_i ≈ (1/T)((1 + z_i/T)/(N + Σz/T) − (1 + v_i/T)/(N + Σv/T)), for T large against the logits. */
export function highTemperatureGradient<V>(N: Num<V>, z: readonly string[], v: readonly string[], T: V): V[] {
  const [a, b] = [linearised(N, z, T), linearised(N, v, T)];
  return a.map((ai, i) => N.div(N.sub(ai, b[i]), T));
}

/** Eq. 4: ∂C/∂z_i ≈ (z_i − v_i)/(N T²), Eq. 3 with Σz = Σv = 0. */
export function matchingLogitsGradient<V>(N: Num<V>, z: readonly string[], v: readonly string[], T: V): V[] {
  const scale = N.mul(N.of(z.length), N.mul(T, T));
  return z.map((l, i) => N.div(N.sub(valueOf(N, l), valueOf(N, v[i])), scale));
}

/**
 * ∂(∂C/∂z_i)/∂v_j = −(1/T) ∂p_i/∂v_j = −(1/T²) p_i (δ_ij − p_j): how much the gradient moves with the
 * teacher's j-th logit (S7). Its largest entry is at i = j (Σ_{i≠j} p_i ≥ each p_i): s_j = p_j (1 − p_j)/T².
 */
export function teacherSensitivity<V>(N: Num<V>, v: readonly string[], j: number, T: V): V {
  const p = softmaxT(N, v, T);
  return N.div(N.mul(p[j], N.sub(N.of(1), p[j])), N.mul(T, T));
}

/**
 * s_j/s_k without underflow: with a_i = e^{v_i/T} and m_j = max_{i≠j} v_i,
 * s_j/s_k = (a_j Σ_{i≠j} a_i)/(a_k Σ_{i≠k} a_i) = e^{(v_j − v_k + m_j − m_k)/T} · S_j/S_k, where
 * S_j = Σ_{i≠j} e^{(v_i − m_j)/T} ≥ 1. The exponent is exact: when it is 0 the factor is exactly 1.
 */
export function sensitivityRatio<V>(N: Num<V>, v: readonly string[], j: number, k: number, T: V): V {
  const others = (h: number) => v.filter((_, i) => i !== h);
  const S = (h: number) => N.sum(others(h).map((l) => N.exp(N.div(valueOf(N, minus(l, maxOf(others(h)))), T))));
  const exponent = plus(minus(v[j], v[k]), minus(maxOf(others(j)), maxOf(others(k))));
  return N.mul(N.exp(N.div(valueOf(N, exponent), T)), N.div(S(j), S(k)));
}
