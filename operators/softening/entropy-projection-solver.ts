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
  const at = (tau: number | V) => eliminated(N, logP, N.exp(typeof tau === 'number' ? N.of(tau) : tau));
  // H(q(t)) decreases from log|supp| (t → 0) through H(p) (t = 1) to log #maxima (t → ∞)
  const sharpen = N.lt(h, entropy(N, at(0))) === true;
  let [lo, hi] = sharpen ? [N.of(0), N.of(1)] : [N.of(-1), N.of(0)];
  const outside = (tau: V) => (N.lt(entropy(N, at(tau)), h) === true) === sharpen;
  for (let k = 0; !outside(sharpen ? hi : lo); k++) {
    if (k > 12) throw new OperatorFault('threw', 'entropy projection: target entropy not bracketed', describe());
    if (sharpen) [lo, hi] = [hi, N.mul(hi, N.of(2))];
    else [lo, hi] = [N.mul(lo, N.of(2)), lo];
  }
  const root = illinois(N, (tau) => N.sub(entropy(N, at(tau)), h), lo, hi);
  const q = at(root);
  const out = p.map(() => N.of(0));
  support.forEach((i, k) => (out[i] = q[k]));
  return out;
}

/** q(t): x_i = t·ln p_i − log Σ_j p_j^t, i.e. stationarity solved for x and normalisation for μ. */
function eliminated<V>(N: Num<V>, logP: readonly V[], t: V): V[] {
  const y = logP.map((l) => N.mul(t, l));
  const top = y.reduce((a, b) => N.max(a, b));
  const e = y.map((v) => N.exp(N.sub(v, top)));
  const total = N.sum(e);
  return e.map((v) => N.div(v, total));
}

/** A root of f in [a, b], where f(a) and f(b) differ in sign: Illinois regula falsi. */
function illinois<V>(N: Num<V>, f: (x: V) => V, a0: V, b0: V): V {
  let [a, b] = [a0, b0];
  let [fa, fb] = [f(a), f(b)];
  const tolerance = N.of(N.kind === 'float64' ? 1e-15 : `1e-${N.precision - 4}`);
  let side = 0;
  for (let k = 0; k < 400; k++) {
    const c = N.div(N.sub(N.mul(a, fb), N.mul(b, fa)), N.sub(fb, fa));
    const fc = f(c);
    if (N.le(N.abs(fc), N.of(0)) === true || N.lt(N.abs(N.sub(b, a)), N.mul(tolerance, N.max(N.of(1), N.abs(c)))) === true) return c;
    if (N.lt(N.mul(fc, fb), N.of(0)) === true) {
      [a, fa] = [b, fb];
      side = 0;
    } else if (side++ > 0) {
      fa = N.div(fa, N.of(2)); // the Illinois step: halve the stale end's value so both ends move
    }
    [b, fb] = [c, fc];
  }
  return N.div(N.add(a, b), N.of(2));
}
