import { xlogx } from '../../../engine/math/entropy.js';
import { probabilities } from '../../../engine/instance/weights.js';
import type { Num } from '../../../engine/num/index.js';
import type { AuditedOperator } from '../../../engine/operator.js';
import { pointwise } from '../../../engine/pointwise.js';
import type { StatementClaim } from '../../../engine/statement/claim.js';
import { universalStatement } from '../../../engine/statement/universal.js';
import { target } from '../models/bias-variance.js';
import { finiteModelDomain, type FiniteModel } from '../models/finite-model.js';
import { witnessStatement } from '../models/witness.js';

/**
 * Remark VII.2 on KL loss, on the student laws of the finite models (finite-model.ts; noise and the
 * dense model are not used; instances where some student output has a zero coordinate, making
 * KL(q‖S) infinite, are skipped). Two checkable readings and one without precise content:
 * - the clean three-term form does not carry over to KL: E KL(q‖S) ≠ KL(q‖E S) + E KL(E S‖S)
 *   for some law (an existence statement, settled by a certified witness);
 * - "analogous decompositions exist involving the Bregman structure": the one with the normalised
 *   geometric mean S̃ ∝ exp E[ln S] (Heskes 1998), E KL(q‖S) = KL(q‖S̃) + E KL(S̃‖S), searched;
 * - "transfers qualitatively to KL settings": no precise content.
 */
const ASSUMPTIONS = [
  'squared loss gives the clean decomposition (Theorem VII.1)',
  'KL(q‖S) with student outputs of full support',
];

const kl = <V>(N: Num<V>, a: readonly V[], b: readonly V[]) =>
  N.sum(a.map((ai, i) => N.sub(xlogx(N, ai), N.mul(ai, N.ln(b[i])))));

/** E_x of lhs − rhs, with per-input student law S_k (weights w_k) and centre c(S): lhs = E KL(q‖S), rhs = KL(q‖c) + E KL(c‖S). */
function klGap<V>(N: Num<V>, x: FiniteModel, centre: (w: V[], outs: V[][]) => V[]): V | undefined {
  if (x.points.some((pt) => pt.outcomes.some((o) => o.s.includes('0')))) return undefined;
  const px = probabilities(
    N,
    x.points.map((pt) => pt.w),
  );
  const gaps = x.points.map((pt) => {
    const q = target(N, x, pt);
    const w = probabilities(
      N,
      pt.outcomes.map((o) => o.w),
    );
    const outs = pt.outcomes.map((o) => probabilities(N, o.s));
    const c = centre(w, outs);
    const expect = (f: (S: V[]) => V) => N.sum(outs.map((S, k) => N.mul(w[k], f(S))));
    return N.sub(
      expect((S) => kl(N, q, S)),
      N.add(
        kl(N, q, c),
        expect((S) => kl(N, c, S)),
      ),
    );
  });
  return N.sum(gaps.map((g, i) => N.mul(px[i], g)));
}

const arithmeticMean =
  <V>(N: Num<V>) =>
  (w: V[], outs: V[][]) =>
    outs[0].map((_, i) => N.sum(outs.map((S, k) => N.mul(w[k], S[i]))));
const geometricMean =
  <V>(N: Num<V>) =>
  (w: V[], outs: V[][]) => {
    const g = outs[0].map((_, i) => N.exp(N.sum(outs.map((S, k) => N.mul(w[k], N.ln(S[i]))))));
    const Z = N.sum(g);
    return g.map((v) => N.div(v, Z));
  };

export const klCheck = (variant: string, title: string, centre: 'arithmetic' | 'geometric') =>
  pointwise<FiniteModel, AuditedOperator>({
    id: 'sparse-kd/remark-VII.2',
    variant,
    title,
    statement: title,
    strict: false,
    quantity: `−|E KL(q‖S) − KL(q‖c) − E KL(c‖S)|, c the ${centre} mean of S`,
    domain: finiteModelDomain,
    runs: 150,
    margin: <V>(N: Num<V>, _op: AuditedOperator, x: FiniteModel) => {
      const gap = klGap(N, x, centre === 'arithmetic' ? arithmeticMean(N) : geometricMean(N));
      return gap === undefined ? N.of(1) : N.neg(N.abs(gap));
    },
  });

/** The clean form fails for KL: a certified counterexample to it is the witness. */
export const remarkVII2CleanFormFails = witnessStatement(
  {
    id: 'sparse-kd/remark-VII.2',
    variant: 'clean-form-fails-for-kl',
    source: { paper: 'sparse-kd', label: 'Remark VII.2', section: 'VII' },
    declaredIn: import.meta.url,
    title: 'Loss function: squared loss vs KL',
    statement:
      'The clean decomposition is special to squared loss: for KL, E KL(q‖S) = KL(q‖E_𝒜 S) + E KL(E_𝒜 S‖S) ("Bias" + "Var" with the arithmetic mean, σ² = 0) fails on some finite law of S.',
    assumptions: ASSUMPTIONS,
    dependsOn: ['sparse-kd/theorem-VII.1'],
  },
  klCheck('clean-form', 'E KL(q‖S) = KL(q‖E S) + E KL(E S‖S)', 'arithmetic'),
  '−|E KL(q‖S) − KL(q‖E S) − E KL(E S‖S)|',
);

/** The Bregman (Heskes) decomposition for KL with the normalised geometric mean: searched on finite laws. */
export const remarkVII2BregmanDecomposition = universalStatement(
  {
    id: 'sparse-kd/remark-VII.2',
    variant: 'bregman-decomposition',
    source: { paper: 'sparse-kd', label: 'Remark VII.2', section: 'VII' },
    declaredIn: import.meta.url,
    title: 'Loss function: squared loss vs KL',
    statement:
      'For KL loss an analogous decomposition exists: E KL(q‖S) = KL(q‖S̃) + E KL(S̃‖S) with S̃ ∝ exp E_𝒜[ln S] (the Bregman/Heskes form the remark alludes to).',
    assumptions: ASSUMPTIONS,
    dependsOn: ['sparse-kd/theorem-VII.1'],
  },
  klCheck('bregman-decomposition', 'E KL(q‖S) = KL(q‖S̃) + E KL(S̃‖S), S̃ ∝ exp E[ln S]', 'geometric'),
);

/** "Transfers qualitatively": no proposition to test. */
export const remarkVII2Qualitative: StatementClaim = {
  id: 'sparse-kd/remark-VII.2',
  variant: 'qualitative-transfer',
  source: { paper: 'sparse-kd', label: 'Remark VII.2', section: 'VII' },
  declaredIn: import.meta.url,
  title: 'Loss function: squared loss vs KL',
  statement: 'The squared-loss analysis provides intuition that transfers qualitatively to KL settings.',
  assumptions: ASSUMPTIONS,
  dependsOn: ['sparse-kd/theorem-VII.1'],
  evaluate: () => ({
    kind: 'no-proposition',
    detail:
      '"Transfers qualitatively" names no quantity and no inequality, so no instance can contradict it. What was checked: the clean three-term form fails for KL (variant clean-form-fails-for-kl), and the geometric-mean decomposition holds (variant bregman-decomposition), whose "variance" E KL(S̃‖S) = −ln Σ_i exp E[ln S_i] is not the squared-loss variance.',
  }),
};
