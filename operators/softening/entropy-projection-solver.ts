import type { Num } from '../../engine/num/index.js';
import { entropy } from '../../engine/math/entropy.js';
import { OperatorFault } from '../../engine/operator-fault.js';

/**
 * argmin KL(q‖p) subject to H(q) = h and Σq = 1, over q supported on supp(p) (KL(q‖p) = ∞ off it),
 * solved through its KKT system in (x = ln q, λ, μ):
 *
 *   (1 − λ)·x_i = ln p_i − (1 − λ) − μ     stationarity of KL(q‖p) + λ(H(q) − h) + μ(Σq − 1)
 *   Σ e^{x_i} = 1,   −Σ e^{x_i} x_i = h      the constraints
 *
 * The stationarity equations are linear in x, so x is eliminated exactly for each multiplier, and
 * normalisation fixes μ (a log-sum-exp); one scalar equation in t = 1/(1 − λ) remains, H(q(t)) = h,
 * which is bracketed in τ = ln t and solved by the Illinois variant of regula falsi (bracketing, so
 * it cannot diverge; superlinear, so V = 1000 stays cheap). (A Newton iteration on the full system was tried
 * first: near ties it needs t ~ 1e4 and stalls.) Note what the elimination shows: the minimiser
 * lies on the curve q ∝ p^t. That is derived here from the optimality conditions, not assumed; the
 * checker compares this operator with the power family numerically, at the same (p, T).
 */
export function projectEntropy<V>(N: Num<V>, p: readonly V[], h: V, describe: () => { p: string[]; T: string }): V[] {
  const support = p.map((_, i) => i).filter((i) => N.lt(N.of(0), p[i]) === true);
  const logP = support.map((i) => N.ln(p[i]));
  const at = (tau: V) => eliminated(N, logP, N.exp(tau));
  const f = (tau: V) => N.sub(entropy(N, at(tau)), h);
  // τ = 0 (t = 1) gives q = p: when H(p) already meets the target, that is the solution
  const f0 = f(N.of(0));
  if (N.le(N.abs(f0), tolerance(N)) === true) return spread(N, p, support, at(N.of(0)));
  // H(q(τ)) decreases in τ; expand from 0 in the direction of the root until the sign changes
  const sharpen = N.lt(N.of(0), f0) === true;
  let [lo, hi] = sharpen ? [N.of(0), N.of(1)] : [N.of(-1), N.of(0)];
  for (let k = 0; sharpen ? N.lt(N.of(0), f(hi)) === true : N.lt(f(lo), N.of(0)) === true; k++) {
    if (k > 12) throw new OperatorFault('threw', 'entropy projection: target entropy not bracketed', describe());
    if (sharpen) [lo, hi] = [hi, N.mul(hi, N.of(2))];
    else [lo, hi] = [N.mul(lo, N.of(2)), lo];
  }
  const root = illinois(N, f, lo, hi);
  if (root === undefined)
    throw new OperatorFault('threw', 'entropy projection: the entropy equation did not converge', describe());
  return spread(N, p, support, at(root));
}

/** The convergence tolerance of both the entropy equation and the bracket. */
function tolerance<V>(N: Num<V>): V {
  return N.of(N.kind === 'float64' ? 1e-15 : `1e-${N.precision - 4}`);
}

/** q on the support, zeros elsewhere. */
function spread<V>(N: Num<V>, p: readonly V[], support: readonly number[], q: readonly V[]): V[] {
  const out = p.map(() => N.of(0));
  support.forEach((i, k) => (out[i] = q[k]));
  return out;
}

/** q(t): x_i = t·ln p_i − log Σ_j p_j^t, i.e. stationarity solved for x and normalisation for μ. */
function eliminated<V>(N: Num<V>, logP: readonly V[], t: V): V[] {
  const top = logP.reduce((a, b) => N.max(a, b));
  // t·(ln p_i − ln max p), with the maxima at exactly 0: t may overflow to ∞ in float64
  const e = logP.map((l) => {
    const below = N.sub(l, top);
    return N.le(N.of(0), below) === true ? N.of(1) : N.exp(N.mul(t, below));
  });
  const total = N.sum(e);
  return e.map((v) => N.div(v, total));
}

/**
 * A root of f in [a, b], where f(a) and f(b) differ in sign: the Illinois variant of regula falsi,
 * with a bisection step whenever a step fails to halve the bracket (H(q(τ)) is super-exponentially
 * steep near the ends, where plain regula falsi crawls). Undefined if it does not converge.
 */
function illinois<V>(N: Num<V>, f: (x: V) => V, a0: V, b0: V): V | undefined {
  let [a, b] = [a0, b0];
  let [fa, fb] = [f(a), f(b)];
  const epsilon = tolerance(N);
  const width = () => N.abs(N.sub(b, a));
  let previous = width();
  for (let k = 0; k < 2000; k++) {
    const slow = N.lt(N.mul(previous, N.of(0.5)), width()) === true && k > 0;
    const secant = N.div(N.sub(N.mul(a, fb), N.mul(b, fa)), N.sub(fb, fa));
    // f may be subnormal or flat in float64: a secant point outside (a, b), or NaN, means bisect
    const inside = N.lt(N.min(a, b), secant) === true && N.lt(secant, N.max(a, b)) === true;
    const c = slow || !inside ? N.div(N.add(a, b), N.of(2)) : secant;
    previous = width();
    const fc = f(c);
    if (N.le(N.abs(fc), N.of(0)) === true) return c;
    // compare signs, not the product's: f spans hundreds of orders and fc·fb underflows to 0
    if (N.lt(fc, N.of(0)) !== N.lt(fb, N.of(0))) {
      [a, fa] = [b, fb];
    } else {
      fa = N.div(fa, N.of(2)); // the Illinois step: halve the stale end's value so it moves too
    }
    [b, fb] = [c, fc];
    if (N.lt(width(), N.mul(epsilon, N.max(N.of(1), N.abs(c)))) === true) return c;
  }
  return undefined;
}
