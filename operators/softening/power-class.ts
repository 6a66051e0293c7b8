import type { Num } from '../../engine/num/index.js';
import type { SofteningOperator } from '../../engine/operators/softening.js';

/**
 * Construction 2 (power-transform class): F_T(p)_i = φ(p_i; T) / Σ_j φ(p_j; T), for φ "strictly
 * increasing in x, strictly decreasing in T for fixed x > 0", claimed to satisfy all axioms "under
 * appropriate boundary conditions". Whether the stated conditions hold for each φ, and whether they
 * suffice, is for the checker: x/T meets them yet gives F_T(p) = p for every T; exp(x/T) meets them
 * yet F_1(p) = softmax(p) ≠ p.
 *
 * | φ            | p_i = 0          | T → 0⁺                   | T → ∞                   |
 * |--------------|------------------|--------------------------|-------------------------|
 * | x^(1/T)      | 0                | uniform on maximal p_i   | uniform on the support  |
 * | exp(x/T)     | e^0/Σ > 0        | uniform on maximal p_i   | uniform                 |
 * | x/T          | 0                | p                        | p                       |
 * | log(1 + x/T) | 0                | → (log x)-weights        | p                       |
 */
export interface Phi {
  readonly name: string;
  readonly formula: string;
  phi<V>(N: Num<V>, x: V, T: V): V;
  /**
   * φ(x; T)/φ(top; T), rearranged so it neither over- nor underflows (exp(x/T) at T = 1e-6 would).
   * The same number mathematically, so eq. (8) is unchanged: F_T(p)_i = ratio_i / Σ_j ratio_j.
   */
  ratio<V>(N: Num<V>, x: V, top: V, T: V): V;
}

export const phiFunctions: readonly Phi[] = [
  {
    name: 'x^(1/T)',
    formula: 'φ(x; T) = x^(1/T)',
    phi: (N, x, T) => N.pow(x, N.div(N.of(1), T)),
    ratio: (N, x, top, T) => N.pow(N.div(x, top), N.div(N.of(1), T)),
  },
  {
    name: 'exp(x/T)',
    formula: 'φ(x; T) = exp(x/T)',
    phi: (N, x, T) => N.exp(N.div(x, T)),
    ratio: (N, x, top, T) => N.exp(N.div(N.sub(x, top), T)),
  },
  { name: 'x/T', formula: 'φ(x; T) = x/T', phi: (N, x, T) => N.div(x, T), ratio: (N, x, top) => N.div(x, top) },
  {
    name: 'log1p(x/T)',
    formula: 'φ(x; T) = log(1 + x/T)',
    phi: (N, x, T) => N.ln(N.add(N.of(1), N.div(x, T))),
    ratio: (N, x, top, T) => N.div(log1pOver(N, x, T), log1pOver(N, top, T)),
  },
];

/** log(1 + x/T), as log(T + x) − log T for T < 1 (x/T overflows float64 as T → 0). */
function log1pOver<V>(N: Num<V>, x: V, T: V): V {
  return N.lt(T, N.of(1)) === true ? N.sub(N.ln(N.add(T, x)), N.ln(T)) : N.ln(N.add(N.of(1), N.div(x, T)));
}

/** The φ-normalisation of eq. (8), through the stable ratios φ(p_i; T)/φ(max p; T). */
export function normalisePhi<V>(N: Num<V>, phi: Phi, p: readonly V[], T: V): V[] {
  const top = p.reduce((a, b) => N.max(a, b));
  const values = p.map((x) => phi.ratio(N, x, top, T));
  const total = N.sum(values);
  return values.map((v) => N.div(v, total));
}

export const powerClassOperators: SofteningOperator[] = phiFunctions.map((phi) => ({
  kind: 'softening',
  name: `power-class/${phi.name}`,
  description: `Construction 2 with ${phi.formula}, normalised as in eq. (8)`,
  exactness: 'generic',
  sources: [import.meta.url],
  apply: (N, p, T) => normalisePhi(N, phi, p, T),
}));
