import type { Num } from '../../engine/num/index.js';
import { OperatorFault } from '../../engine/operator-fault.js';

/**
 * argmin KL(q‖p) subject to H(q) = h and Σq = 1, over q supported on supp(p) (KL(q‖p) = ∞ off it),
 * solved as that optimisation: damped Newton on the full KKT system in (x = ln q, λ, μ),
 *
 *   g_i = (1 − λ)·x_i − ln p_i + 1 − λ + μ = 0      (stationarity of the Lagrangian)
 *   c₁  = −Σ e^{x_i} x_i − h = 0                     (entropy)
 *   c₂  = Σ e^{x_i} − 1 = 0                          (normalisation)
 *
 * with continuation in h from H(p) (where q = p, λ = 0, μ = −1 solve it exactly). Nothing about the
 * form of the minimiser is assumed: whatever family it lies in is for the checker to find out.
 * The Jacobian is diagonal plus two columns, so each step costs O(V) via a 2×2 Schur complement.
 */
export function projectEntropy<V>(N: Num<V>, p: readonly V[], h: V, describe: () => { p: string[]; T: string }): V[] {
  const support = p.map((_, i) => i).filter((i) => N.lt(N.of(0), p[i]) === true);
  const logP = support.map((i) => N.ln(p[i]));
  let x = [...logP];
  let lambda = N.of(0);
  let mu = N.of(-1);
  const h0 = entropyOf(N, x);
  const tolerance = N.of(N.kind === 'float64' ? 1e-13 : `1e-${N.precision - 6}`);
  let reached = 0;
  for (let step = 1 / 8; reached < 1; ) {
    const goal = Math.min(1, reached + step);
    const target = N.add(h0, N.mul(N.sub(h, h0), N.of(goal)));
    const solved = newton(N, logP, x, lambda, mu, target, tolerance);
    if (solved) {
      ({ x, lambda, mu } = solved);
      reached = goal;
      step = Math.min(step * 2, 1 / 2);
    } else if ((step /= 4) < 1e-6) {
      throw new OperatorFault('threw', 'entropy projection: Newton continuation did not converge', describe());
    }
  }
  const q = p.map(() => N.of(0));
  support.forEach((i, k) => (q[i] = N.exp(x[k])));
  const total = N.sum(q);
  return q.map((v) => N.div(v, total));
}

function entropyOf<V>(N: Num<V>, x: readonly V[]): V {
  return N.neg(N.sum(x.map((xi) => N.mul(N.exp(xi), xi))));
}

interface State<V> {
  x: V[];
  lambda: V;
  mu: V;
}

function residual<V>(N: Num<V>, logP: readonly V[], s: State<V>, h: V) {
  const one = N.of(1);
  const g = s.x.map((xi, i) => N.add(N.sub(N.mul(N.sub(one, s.lambda), xi), logP[i]), N.add(N.sub(one, s.lambda), s.mu)));
  const c1 = N.sub(entropyOf(N, s.x), h);
  const c2 = N.sub(N.sum(s.x.map((xi) => N.exp(xi))), one);
  // stationarity is measured relative to its scale 1 − λ, which grows without bound as h → log s
  const scale = N.max(one, N.abs(N.sub(one, s.lambda)));
  const norm = [...g.map((v) => N.div(v, scale)), c1, c2].reduce((m, v) => N.max(m, N.abs(v)), N.of(0));
  return { g, c1, c2, norm };
}

function newton<V>(N: Num<V>, logP: readonly V[], x0: V[], lambda0: V, mu0: V, h: V, tolerance: V): State<V> | undefined {
  let s: State<V> = { x: x0, lambda: lambda0, mu: mu0 };
  let r = residual(N, logP, s, h);
  for (let iteration = 0; iteration < 60; iteration++) {
    if (N.lt(r.norm, tolerance) === true) return s;
    const d = N.sub(N.of(1), s.lambda);
    if (N.le(d, N.of(0)) === true) return undefined;
    const q = s.x.map((xi) => N.exp(xi));
    // rows of the constraints: a_i = ∂c₁/∂x_i = −q_i(x_i + 1), b_i = ∂c₂/∂x_i = q_i
    const a = q.map((qi, i) => N.neg(N.mul(qi, N.add(s.x[i], N.of(1)))));
    const b = q;
    const dot = (u: V[], v: (i: number) => V) => N.sum(u.map((ui, i) => N.mul(ui, v(i))));
    const xPlus1 = (i: number) => N.add(s.x[i], N.of(1));
    // dx_i = (−g_i + (x_i + 1)·dλ − dμ)/d, substituted into both constraint rows
    const A11 = N.div(dot(a, xPlus1), d), A12 = N.neg(N.div(N.sum(a), d));
    const A21 = N.div(dot(b, xPlus1), d), A22 = N.neg(N.div(N.sum(b), d));
    const r1 = N.add(N.neg(r.c1), N.div(dot(a, (i) => r.g[i]), d));
    const r2 = N.add(N.neg(r.c2), N.div(dot(b, (i) => r.g[i]), d));
    const det = N.sub(N.mul(A11, A22), N.mul(A12, A21));
    if (N.lt(N.abs(det), N.of(1e-300)) === true) return undefined;
    const dLambda = N.div(N.sub(N.mul(r1, A22), N.mul(A12, r2)), det);
    const dMu = N.div(N.sub(N.mul(A11, r2), N.mul(A21, r1)), det);
    const dx = s.x.map((_, i) => N.div(N.sub(N.add(N.neg(r.g[i]), N.mul(xPlus1(i), dLambda)), dMu), d));
    const next = lineSearch(N, logP, s, { dx, dLambda, dMu }, h, r.norm);
    if (!next) return undefined;
    ({ s, r } = next);
  }
  return N.lt(r.norm, tolerance) === true ? s : undefined;
}

function lineSearch<V>(N: Num<V>, logP: readonly V[], s: State<V>, step: { dx: V[]; dLambda: V; dMu: V }, h: V, norm: V) {
  for (let t = 1; t > 1e-4; t /= 2) {
    const f = N.of(t);
    const candidate = { x: s.x.map((xi, i) => N.add(xi, N.mul(f, step.dx[i]))), lambda: N.add(s.lambda, N.mul(f, step.dLambda)), mu: N.add(s.mu, N.mul(f, step.dMu)) };
    if (N.le(candidate.lambda, N.of(1)) === true && candidate.x.every((xi) => N.le(xi, N.of(0)) === true)) {
      const r = residual(N, logP, candidate, h);
      if (N.lt(r.norm, norm) === true) return { s: candidate, r };
    }
  }
  return undefined;
}
