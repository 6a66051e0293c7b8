import { probabilities } from '../../../engine/instance/weights.js';
import type { AuditedOperator } from '../../../engine/operator.js';
import { pointwise } from '../../../engine/pointwise.js';
import type { Num } from '../../../engine/num/index.js';
import { claimStep, type Obligation } from '../../../engine/statement/claim.js';
import { universalStatement, type StatementMeta } from '../../../engine/statement/universal.js';
import { noiseFree, noiseIndependentOfStudent, target, terms, zeroMeanNoise, type Terms } from '../models/bias-variance.js';
import { finiteModelDomain, type FiniteModel } from '../models/finite-model.js';
import { polynomialIdentity } from '../../../engine/statement/polynomial-identity.js';

const STATEMENT =
  'For any conforming F_T, a student S from a class of finite VC dimension d trained on n i.i.d. samples by KD on q = F_T(p^(T)): ' +
  'E_{S∼𝒜, x∼𝒟}[ℓ(S(x), q(x))] = Bias²(S; F_T) + Var(S) + σ², squared loss, Bias² = ‖E_𝒜[S] − q‖², Var = E_𝒜‖S − E_𝒜[S]‖², σ² the irreducible target noise. ' +
  'Read with the norm of L²(𝒟) (‖f‖² = E_x‖f(x)‖²) and σ² = E‖y − q‖² for the observed target y. ' +
  'The hypotheses "finite VC dimension d" and "n i.i.d. samples" do not enter the identity: it is checked for arbitrary finite laws of S, with no class or sample size.';

const ASSUMPTIONS = [
  'F_T ∈ F_1–5',
  'S in a class of finite VC dimension d, trained on n i.i.d. samples (unused by the identity)',
  'squared loss ℓ(S, q) = ‖S − q‖²',
];

/** The intended reading's metadata (its derivation steps' searches share it). */
function noisyTargetMeta(): StatementMeta {
  return {
    id: 'sparse-kd/theorem-VII.1',
    variant: 'noisy-target',
    source: { paper: 'sparse-kd', label: 'Theorem VII.1', section: 'VII' },
    declaredIn: import.meta.url,
    title: 'Generalized bias-variance decomposition',
    statement: `${STATEMENT} Reading: the loss is against the observed target y = q + ε (σ² would otherwise have no source).`,
    assumptions: ASSUMPTIONS,
    dependsOn: ['sparse-kd/definition-IV.1'],
  };
}

/** −|lhs − (Bias² + Var + σ²)| on the student's terms: ≥ 0 exactly when eq. (10) holds at x. */
const decomposition = (variant: string, statement: string, lhs: <V>(t: Terms<V>) => V) =>
  pointwise<FiniteModel, AuditedOperator>({
    id: 'sparse-kd/theorem-VII.1',
    variant,
    title: `Eq. (10): ${statement}`,
    statement,
    strict: false,
    quantity: `−|${statement.split(' = ')[0]} − (Bias² + Var + σ²)|`,
    domain: finiteModelDomain,
    runs: 250,
    margin: <V>(N: Num<V>, _op: AuditedOperator, x: FiniteModel) => {
      const t = terms(N, x, 'student');
      return N.neg(N.abs(N.sub(lhs(t), N.sum([t.bias2, t.variance, t.sigma2]))));
    },
  });

/** E⟨S − q, ε⟩ = 0: the cross term the standard proof drops. */
const crossTerm = universalStatement(
  { ...noisyTargetMeta(), obligations: [] },
  pointwise<FiniteModel, AuditedOperator>({
    id: 'sparse-kd/theorem-VII.1',
    variant: 'cross-term',
    title: 'E⟨S − q, ε⟩ = 0',
    statement: 'E⟨S − q, ε⟩ = 0',
    strict: false,
    quantity: '−2|E⟨S − q, ε⟩|',
    domain: finiteModelDomain,
    runs: 200,
    // E‖S − y‖² = E‖S − q‖² + σ² − 2E⟨S − q, ε⟩, so the cross term is (clean + σ² − loss)/2
    margin: <V>(N: Num<V>, _op: AuditedOperator, x: FiniteModel) => {
      const t = terms(N, x, 'student');
      return N.neg(N.abs(N.sub(N.add(t.clean, t.sigma2), t.loss)));
    },
  }),
  [zeroMeanNoise, noiseIndependentOfStudent],
);

/**
 * The student trained on F_T-softened targets: the constant predictor fitted by least squares to
 * n = 2 i.i.d. inputs, S = (q(x₁) + q(x₂))/2, every pair enumerated. Its variance is compared with
 * the same learner on unsoftened targets (F = identity): equal if F_T enters the bias term only.
 */
const trainedVariance = <V>(N: Num<V>, x: FiniteModel, soften: boolean) => {
  const px = probabilities(
    N,
    x.points.map((pt) => pt.w),
  );
  const qs = x.points.map((pt) => (soften ? target(N, x, pt) : probabilities(N, pt.p)));
  const pairs = qs.flatMap((a, i) =>
    qs.map((b, j) => ({ w: N.mul(px[i], px[j]), s: a.map((ai, c) => N.div(N.add(ai, b[c]), N.of(2))) })),
  );
  const mean = qs[0].map((_, c) => N.sum(pairs.map((pr) => N.mul(pr.w, pr.s[c]))));
  return N.sum(pairs.map((pr) => N.mul(pr.w, N.sum(pr.s.map((v, c) => N.mul(N.sub(v, mean[c]), N.sub(v, mean[c])))))));
};

const operatorOnlyInBias = universalStatement(
  { ...noisyTargetMeta(), obligations: [] },
  pointwise<FiniteModel, AuditedOperator>({
    id: 'sparse-kd/theorem-VII.1',
    variant: 'operator-only-in-bias',
    title: 'Var(S) of a student trained on F_T-softened targets does not depend on F_T',
    statement: 'Var(S trained on F_T(p)) = Var(S trained on p)',
    strict: false,
    quantity: '−|Var_{F_T}(S) − Var_{id}(S)|',
    domain: finiteModelDomain,
    runs: 100,
    margin: <V>(N: Num<V>, _op: AuditedOperator, x: FiniteModel) =>
      N.neg(N.abs(N.sub(trainedVariance(N, x, true), trainedVariance(N, x, false)))),
  }),
);

const m = '(w1*s1+w2*s2+w3*s3)';
const W = '(w1+w2+w3)';

const obligations: Obligation[] = [
  {
    step: '(10): expansion of the squared loss',
    text: '‖S − q − ε‖² = ‖m − q‖² + ‖S − m‖² + ‖ε‖² + 2⟨S − m, m − q⟩ − 2⟨S − q, ε⟩ for m = E_𝒜[S] (per coordinate; the norm sums coordinates and inputs)',
    evaluate: () => polynomialIdentity('(s-q-e)^2', '(m-q)^2+(s-m)^2+e^2+2*(s-m)*(m-q)-2*(s-q)*e', ['s', 'q', 'e', 'm']),
  },
  {
    step: '(10): the bias–variance cross term vanishes',
    text: 'E⟨S − m, m − q⟩ = 0 since E[S] = m: Σ_k w_k (W·s_k − M)(M − W·q) = 0 with W = Σ w_k, M = Σ w_k s_k (three outcomes; the same cancellation for any number)',
    evaluate: () =>
      polynomialIdentity(`w1*(${W}*s1-${m})*(${m}-${W}*q)+w2*(${W}*s2-${m})*(${m}-${W}*q)+w3*(${W}*s3-${m})*(${m}-${W}*q)`, '0', [
        'w1',
        'w2',
        'w3',
        's1',
        's2',
        's3',
        'q',
      ]),
  },
  claimStep(
    '(10): the noise cross term vanishes',
    'E⟨S − q, ε⟩ = 0, which the theorem does not assume: searched on finite models, with zero-mean and independent noise as candidates',
    crossTerm,
  ),
  {
    step: '(10): under independence the noise cross term factorises',
    text: 'Σ_{j,k} a_j b_k (s_j − q) e_k = (Σ_j a_j (s_j − q))·(Σ_k b_k e_k): E⟨S − q, ε⟩ = ⟨E S − q, E ε⟩, which zero-mean noise makes 0 (two outcomes each; bilinear for any number)',
    evaluate: () =>
      polynomialIdentity(
        'a1*b1*(s1-q)*e1+a1*b2*(s1-q)*e2+a2*b1*(s2-q)*e1+a2*b2*(s2-q)*e2',
        '(a1*(s1-q)+a2*(s2-q))*(b1*e1+b2*e2)',
        ['a1', 'a2', 'b1', 'b2', 's1', 's2', 'q', 'e1', 'e2'],
      ),
  },
  claimStep(
    'Proof sketch: "F_T appears only in the bias term"',
    'for a student trained on F_T-softened targets (least-squares constant predictor on n = 2 i.i.d. inputs), Var(S) is the same under F_T as without softening',
    operatorOnlyInBias,
  ),
];

/**
 * Theorem VII.1 as presumably intended: the loss is taken against the observed noisy target
 * y = q + ε, σ² = E‖ε‖². Refuted as stated (noise correlated with S, or with a non-zero mean,
 * leaves −2E⟨S − q, ε⟩); zero-mean noise independent of S are the candidate assumptions.
 */
export const theoremVII1NoisyTarget = universalStatement(
  { ...noisyTargetMeta(), obligations },
  decomposition('noisy-target', 'E‖S − y‖² = Bias² + Var + σ²', (t) => t.loss),
  [zeroMeanNoise, noiseIndependentOfStudent],
);

/**
 * Theorem VII.1 as typed: the loss ℓ(S(x), q(x)) is against q itself, with no noise in it, yet σ²
 * ("irreducible noise in the target distribution") is added: the identity then needs σ² = 0.
 */
export const theoremVII1AsTyped = universalStatement(
  {
    id: 'sparse-kd/theorem-VII.1',
    variant: 'as-typed',
    source: { paper: 'sparse-kd', label: 'Theorem VII.1', section: 'VII' },
    declaredIn: import.meta.url,
    title: 'Generalized bias-variance decomposition',
    statement: `${STATEMENT} Reading: as typed, the loss is against q = F_T(p^(T)) itself; σ² is the noise of the observed targets, which the loss does not see.`,
    assumptions: ASSUMPTIONS,
    dependsOn: ['sparse-kd/definition-IV.1'],
  },
  decomposition('as-typed', 'E‖S − q‖² = Bias² + Var + σ²', (t) => t.clean),
  [noiseFree],
);
