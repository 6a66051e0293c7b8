import type { Num } from '../../../engine/num/index.js';

/**
 * The concrete networks §VIII–IX are read on: small enough that the Lipschitz constant of
 * θ ↦ f_θ (ℓ2 on parameters, sup over a bounded input set X) can be computed or bounded exactly.
 * - 'linear': f_θ(x) = Σ_i θ_i x_i on X = [−B, B]^d; sup_X |f_θ − f_θ′| = B‖θ − θ′‖₁ exactly, and
 *   the Lipschitz constant is exactly B·√d (attained when θ − θ′ has equal-magnitude entries).
 * - 'relu' / 'tanh': one hidden layer, f_θ(x) = Σ_j a_j σ(w_j x + b_j) on X = [−B, B], θ read as
 *   triples (w_j, b_j, a_j), padded with zeros to whole triples.
 */
export type NetworkKind = 'linear' | 'relu' | 'tanh';
export const NETWORK_KINDS: readonly NetworkKind[] = ['linear', 'tanh', 'relu'];

/** A network's parameters as exact decimals and its input bound B. */
export interface Network {
  kind: NetworkKind;
  theta: readonly string[];
  B: string;
}

/** The parameter vector the network uses (MLPs: padded with zeros to whole (w, b, a) triples). */
export function parameters(net: Network): string[] {
  if (net.kind === 'linear') return [...net.theta];
  return [...net.theta, ...Array((3 - (net.theta.length % 3)) % 3).fill('0')];
}

/** Inputs at which an MLP's sup over X is bounded below: −B, −B/2, 0, B/2, B. */
const GRID = ['-1', '-0.5', '0', '0.5', '1'];

function sigma<V>(N: Num<V>, kind: NetworkKind, t: V): V {
  if (kind === 'relu') return N.max(N.of(0), t);
  const e = N.exp(N.mul(N.of(2), t));
  return N.div(N.sub(e, N.of(1)), N.add(e, N.of(1)));
}

/** f_θ(x) of a one-hidden-layer network. */
function mlp<V>(N: Num<V>, kind: NetworkKind, theta: readonly V[], x: V): V {
  const terms: V[] = [];
  for (let j = 0; j + 2 < theta.length; j += 3)
    terms.push(N.mul(theta[j + 2], sigma(N, kind, N.add(N.mul(theta[j], x), theta[j + 1]))));
  return N.sum(terms);
}

/**
 * sup_{x ∈ X} |f_θ(x) − f_θ′(x)|: exact for linear maps, bounded below on a grid of X for MLPs
 * (a lower bound is what a refutation of an upper bound needs).
 */
export function supDistance<V>(N: Num<V>, net: Network, theta: readonly string[], other: readonly string[]): V {
  const [a, b] = [theta.map((t) => N.of(t)), other.map((t) => N.of(t))];
  if (net.kind === 'linear') return N.mul(N.of(net.B), N.sum(a.map((ai, i) => N.abs(N.sub(ai, b[i])))));
  return GRID.map((g) => N.mul(N.of(g), N.of(net.B)))
    .map((x) => N.abs(N.sub(mlp(N, net.kind, a, x), mlp(N, net.kind, b, x))))
    .reduce((m, d) => N.max(m, d));
}

/**
 * An upper bound of the Lipschitz constant of θ ↦ f_θ (ℓ2 → sup over X) on the box ‖θ‖∞ ≤ R,
 * R = ‖θ‖∞ of the dense network (pruning only zeroes entries, so every stage stays in the box).
 * Linear: B·√d, exact. MLP with h units and |σ(t)| ≤ |t|, |σ′| ≤ 1 (ReLU, tanh): the gradient has
 * |∂f/∂a_j| ≤ R(B + 1), |∂f/∂w_j| ≤ RB, |∂f/∂b_j| ≤ R, so L ≤ R·√(h((B + 1)² + B² + 1)).
 */
export function lipschitzBound<V>(N: Num<V>, net: Network): V {
  const B = N.of(net.B);
  const theta = parameters(net);
  const root = (v: V) => N.pow(v, N.of('0.5'));
  if (net.kind === 'linear') return N.mul(B, root(N.of(theta.length)));
  const R = theta.map((t) => N.abs(N.of(t))).reduce((m, t) => N.max(m, t));
  const B1 = N.add(B, N.of(1));
  return N.mul(R, root(N.mul(N.of(theta.length / 3), N.sum([N.mul(B1, B1), N.mul(B, B), N.of(1)]))));
}

/** sup_{x ∈ X} ‖∇_x f_θ − ∇_x f_θ′‖₂: exact for linear maps (‖θ − θ′‖₂), bounded below on the grid for tanh MLPs. */
export function gradientDistance<V>(N: Num<V>, net: Network, theta: readonly string[], other: readonly string[]): V {
  if (net.kind === 'relu') throw new Error('∇_x of a ReLU network is undefined at its kinks');
  const [a, b] = [theta.map((t) => N.of(t)), other.map((t) => N.of(t))];
  if (net.kind === 'linear')
    return l2(
      N,
      a.map((ai, i) => N.sub(ai, b[i])),
    );
  const slope = (th: V[], x: V) => {
    const terms: V[] = [];
    for (let j = 0; j + 2 < th.length; j += 3) {
      const s = sigma(N, 'tanh', N.add(N.mul(th[j], x), th[j + 1]));
      terms.push(N.mul(N.mul(th[j + 2], th[j]), N.sub(N.of(1), N.mul(s, s))));
    }
    return N.sum(terms);
  };
  return GRID.map((g) => N.mul(N.of(g), N.of(net.B)))
    .map((x) => N.abs(N.sub(slope(a, x), slope(b, x))))
    .reduce((m, d) => N.max(m, d));
}

/** ‖v‖₂ (0 exactly for v = 0, where an interval pow(0, 1/2) is undefined). */
export function l2<V>(N: Num<V>, v: readonly V[]): V {
  const squares = N.sum(v.map((x) => N.mul(x, x)));
  return N.le(squares, N.of(0)) === true ? N.of(0) : N.pow(squares, N.of('0.5'));
}
