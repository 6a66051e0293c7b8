import { Decimal } from 'decimal.js';
import { exactRationals, probabilities } from '../../../engine/instance/weights.js';
import type { Num } from '../../../engine/num/index.js';
import type { Assumption } from '../../../engine/statement/universal.js';
import { findSofteningOperator } from '../../../operators/softening/index.js';
import type { FiniteModel, InputPoint, JointOutcome } from './finite-model.js';

/**
 * The terms of Theorem VII.1 on a finite model (finite-model.ts), computed as exact finite sums in
 * any arithmetic, with the norm of L²(𝒟): ‖f‖² = E_x ‖f(x)‖². For a model M (the sparse student S
 * or the dense model T) with mean m(x) = E_𝒜[M(x)]:
 *   loss   = E ‖M − y‖²   (against the observed target y = q + ε)
 *   clean  = E ‖M − q‖²   (against q = F_T(p) itself, as eq. (10) is typed)
 *   bias2  = E_x ‖m − q‖², variance = E ‖M − m‖², sigma2 = E ‖ε‖² = E ‖y − q‖².
 */
export type Model = 'student' | 'dense';

export interface Terms<V> {
  loss: V;
  clean: V;
  bias2: V;
  variance: V;
  sigma2: V;
}

const sq = <V>(N: Num<V>, a: readonly V[], b: readonly V[]) => N.sum(a.map((ai, i) => N.mul(N.sub(ai, b[i]), N.sub(ai, b[i]))));

/** q(x) = F_T(p(x)) under the named operator (the instance's own unless given). */
export function target<V>(N: Num<V>, x: FiniteModel, pt: InputPoint, operator = x.operator): V[] {
  return findSofteningOperator(operator)!.apply(N, probabilities(N, pt.p), N.of(x.T));
}

/** The output of `model` at one outcome; the dense model sits at q_base + δ, q_base under the instance's operator. */
function output<V>(N: Num<V>, model: Model, o: JointOutcome, base: readonly V[]): V[] {
  return model === 'student' ? probabilities(N, o.s) : o.d.map((d, i) => N.add(base[i], N.of(d)));
}

/** The terms of `model`, targets under `operator` (default: the instance's). */
export function terms<V>(N: Num<V>, x: FiniteModel, model: Model, operator = x.operator): Terms<V> {
  const px = probabilities(
    N,
    x.points.map((pt) => pt.w),
  );
  const perPoint = x.points.map((pt) => {
    const q = target(N, x, pt, operator);
    const base = operator === x.operator ? q : target(N, x, pt);
    const w = probabilities(
      N,
      pt.outcomes.map((o) => o.w),
    );
    const outs = pt.outcomes.map((o) => output(N, model, o, base));
    const ys = pt.outcomes.map((o) => o.e.map((e, i) => N.add(q[i], N.of(e))));
    const mean = q.map((_, i) => N.sum(outs.map((M, k) => N.mul(w[k], M[i]))));
    const expect = (f: (k: number) => V) => N.sum(w.map((wk, k) => N.mul(wk, f(k))));
    return {
      loss: expect((k) => sq(N, outs[k], ys[k])),
      clean: expect((k) => sq(N, outs[k], q)),
      bias2: sq(N, mean, q),
      variance: expect((k) => sq(N, outs[k], mean)),
      sigma2: expect((k) => sq(N, ys[k], q)),
    };
  });
  const avg = (key: keyof Terms<V>) => N.sum(perPoint.map((t, i) => N.mul(px[i], t[key])));
  return { loss: avg('loss'), clean: avg('clean'), bias2: avg('bias2'), variance: avg('variance'), sigma2: avg('sigma2') };
}

// ---- candidate assumptions, decided exactly (integer weights, dyadic offsets: Decimal at 200 digits is exact) ----

const X = Decimal.clone({ precision: 200 });

/** E[v | x] = 0 exactly at every input, for the vector picked from each outcome. */
const meanZero = (x: FiniteModel, pick: (o: JointOutcome) => string[]) =>
  x.points.every((pt) =>
    pick(pt.outcomes[0]).every((_, i) => pt.outcomes.reduce((s, o) => s.plus(new X(o.w).times(pick(o)[i])), new X(0)).isZero()),
  );

/** The model's output and the noise are independent given x: P(a, b)·P(Ω) = P(a)·P(b) for every pair of values. */
function independent(x: FiniteModel, key: (o: JointOutcome) => string): boolean {
  const noise = (o: JointOutcome) => o.e.map((v) => new X(v).toString()).join();
  return x.points.every((pt) => {
    const [joint, left, right] = [new Map<string, Decimal>(), new Map<string, Decimal>(), new Map<string, Decimal>()];
    const add = (m: Map<string, Decimal>, k: string, w: string) => m.set(k, (m.get(k) ?? new X(0)).plus(w));
    for (const o of pt.outcomes) {
      add(joint, `${key(o)}|${noise(o)}`, o.w);
      add(left, key(o), o.w);
      add(right, noise(o), o.w);
    }
    const total = [...left.values()].reduce((s, v) => s.plus(v), new X(0));
    return [...left].every(([a, pa]) =>
      [...right].every(([b, pb]) => (joint.get(`${a}|${b}`) ?? new X(0)).times(total).eq(pa.times(pb))),
    );
  });
}

const studentKey = (o: JointOutcome) =>
  exactRationals(o.s)
    .map(([n, d]) => `${n}/${d}`)
    .join();
const denseKey = (o: JointOutcome) => o.d.map((v) => new X(v).toString()).join();

export const zeroMeanNoise: Assumption<FiniteModel> = {
  name: 'zero-mean noise',
  text: 'E[ε | x] = 0: the observed target is q(x) on average',
  holds: (x) => meanZero(x, (o) => o.e),
};

export const noiseIndependentOfStudent: Assumption<FiniteModel> = {
  name: 'noise independent of S',
  text: 'given x, the target noise ε is independent of the student output S (fresh test targets, not the training targets)',
  holds: (x) => independent(x, studentKey),
};

export const noiseIndependentOfModels: Assumption<FiniteModel> = {
  name: 'noise independent of S and T',
  text: 'given x, the target noise ε is independent of the student output S and of the dense model output T',
  holds: (x) => independent(x, studentKey) && independent(x, denseKey),
};

export const denseUnbiased: Assumption<FiniteModel> = {
  name: 'Bias²(T) = 0',
  text: 'the dense model is unbiased for the softened target: E_𝒜[T(x)] = q(x) at every x',
  holds: (x) => meanZero(x, (o) => o.d),
};

export const noiseFree: Assumption<FiniteModel> = {
  name: 'σ² = 0',
  text: 'no target noise: ε = 0 at every outcome',
  holds: (x) => x.points.every((pt) => pt.outcomes.every((o) => o.e.every((v) => new X(v).isZero()))),
};
