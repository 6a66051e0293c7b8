import type { Num } from '../../../engine/num/index.js';
import type { AuditedOperator } from '../../../engine/operator.js';
import { pointwise } from '../../../engine/pointwise.js';
import { runCheck } from '../../../engine/run-check.js';
import type { StatementClaim } from '../../../engine/statement/claim.js';
import { STATEMENT_SUBJECT } from '../../../engine/statement/subject.js';
import { noiseIndependentOfModels, target, terms, zeroMeanNoise } from '../models/bias-variance.js';
import { finiteModelDomain, type FiniteModel } from '../models/finite-model.js';
import { witnessStatement } from '../models/witness.js';

/**
 * Corollary VII.5, split into its three sentences, on the exact finite models of finite-model.ts:
 * - "pruning reduces variance by constraining the hypothesis space": no precise content (below);
 * - "for smooth F_T (high entropy) Bias²(S; F_T) remains bounded": a free constant, and C = 2 bounds
 *   it for every operator and entropy, so the smoothness hypothesis does no work;
 * - "allowing sparse students to achieve lower total error than dense teachers": an existence
 *   statement, settled by a certified finite model.
 */
const ASSUMPTIONS = ['F_T ∈ F_1–5', 'squared loss, terms as in Theorem VII.1'];

export const corollaryVII5PruningReducesVariance: StatementClaim = {
  id: 'sparse-kd/corollary-VII.5',
  variant: 'pruning-reduces-variance',
  source: { paper: 'sparse-kd', label: 'Corollary VII.5', section: 'VII' },
  declaredIn: import.meta.url,
  title: 'Pruning as regularization',
  statement: 'Pruning reduces variance by constraining the hypothesis space.',
  assumptions: ASSUMPTIONS,
  dependsOn: ['sparse-kd/theorem-VII.3'],
  evaluate: () => ({
    kind: 'no-proposition',
    detail:
      'Var(S) is a property of the training algorithm 𝒜 (the law of S), not of the hypothesis class: the paper specifies neither the pruning procedure nor the learner, and a smaller class alone does not order variances (any law on a sub-class is also a law on the class, e.g. an algorithm that picks uniformly at random between two pruned networks has positive variance where the dense ERM may be deterministic). The sentence states a mechanism, not a checkable inequality. Theorem VII.1\'s obligation "F_T appears only in the bias term" shows on a concrete learner that even the targets change Var(S).',
  }),
};

/** Bias²(S; F_T) ≤ bound, searched; the claim reports the bound as a free constant (the paper names none). */
export function biasBoundedBy(bound: string): StatementClaim {
  const check = pointwise<FiniteModel, AuditedOperator>({
    id: 'sparse-kd/corollary-VII.5',
    variant: 'bias-bounded',
    title: `Bias²(S; F_T) ≤ ${bound}`,
    statement: `Bias²(S; F_T) ≤ ${bound} for every operator, temperature and student law, wherever F_T(p) is in the simplex (A0)`,
    strict: false,
    quantity: `${bound} − Bias²(S; F_T)`,
    domain: finiteModelDomain,
    runs: 150,
    margin: <V>(N: Num<V>, _op: AuditedOperator, x: FiniteModel) => {
      // a target outside the simplex (convex-mixing/extrapolated at T < 1) is not from a conforming F_T (A0): not an instance
      const outside = x.points.some((pt) => target(N, x, pt).some((v) => N.lt(v, N.of(0)) === true));
      return outside ? N.of(1) : N.sub(N.of(bound), terms(N, x, 'student').bias2);
    },
  });
  return {
    id: 'sparse-kd/corollary-VII.5',
    variant: 'bias-bounded',
    source: { paper: 'sparse-kd', label: 'Corollary VII.5', section: 'VII' },
    declaredIn: import.meta.url,
    title: 'Pruning as regularization',
    statement:
      'For operators F_T that produce smooth target distributions (high H(F_T(p))), the distillation bias Bias²(S; F_T) remains bounded.',
    assumptions: ASSUMPTIONS,
    dependsOn: ['sparse-kd/theorem-VII.3'],
    checks: [check],
    evaluate(run) {
      const result = runCheck(check, STATEMENT_SUBJECT, run);
      return {
        kind: 'free-constant',
        constant: 'the bound on Bias²(S; F_T) (none is given)',
        detail: `"Remains bounded" names no bound. For a student and a target in the simplex ‖E S − q‖² ≤ ‖E S‖² + ‖q‖² ≤ 2, whatever the operator and whatever H(F_T(p)): C = 2 works, and the smoothness hypothesis is not needed. Searched C = ${bound}: ${result.evidence.summary}`,
        instances: result.evidence.screened,
        ...(result.counterexample ? { counterexample: result.counterexample } : {}),
      };
    },
  };
}

export const corollaryVII5BiasBounded = biasBoundedBy('2');

/** A witness: zero-mean independent noise, S with lower variance and higher bias than T, and lower expected loss. */
export const sparseWins = pointwise<FiniteModel, AuditedOperator>({
  id: 'sparse-kd/corollary-VII.5',
  variant: 'sparse-can-win',
  title: 'not (Var(S) < Var(T), Bias²(S) > Bias²(T), E ℓ(S) < E ℓ(T))',
  statement: 'no finite model has a lower-variance, higher-bias student with lower expected loss',
  strict: false,
  quantity: '−min(Var(T) − Var(S), Bias²(S) − Bias²(T), E ℓ(T) − E ℓ(S)) under zero-mean independent noise',
  domain: finiteModelDomain,
  runs: 150,
  margin: <V>(N: Num<V>, _op: AuditedOperator, x: FiniteModel) => {
    if (!zeroMeanNoise.holds(x) || !noiseIndependentOfModels.holds(x)) return N.of(1);
    const [S, T] = [terms(N, x, 'student'), terms(N, x, 'dense')];
    return N.neg(N.min(N.min(N.sub(T.variance, S.variance), N.sub(S.bias2, T.bias2)), N.sub(T.loss, S.loss)));
  },
});

export const corollaryVII5SparseCanWin = witnessStatement(
  {
    id: 'sparse-kd/corollary-VII.5',
    variant: 'sparse-can-win',
    source: { paper: 'sparse-kd', label: 'Corollary VII.5', section: 'VII' },
    declaredIn: import.meta.url,
    title: 'Pruning as regularization',
    statement:
      'Sparse students can achieve lower total error than dense teachers: some student with lower variance and higher distillation bias than the dense model has lower expected loss (zero-mean noise independent of both).',
    assumptions: ASSUMPTIONS,
    dependsOn: ['sparse-kd/theorem-VII.3'],
  },
  sparseWins,
  '−min(ΔVar, ΔBias², Δloss)',
);
