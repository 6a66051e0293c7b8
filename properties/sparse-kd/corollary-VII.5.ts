import type { Num } from '../../engine/num/index.js';
import type { AuditedOperator } from '../../engine/operator.js';
import { pointwise } from '../../engine/pointwise.js';
import { runCheck } from '../../engine/run-check.js';
import type { StatementClaim } from '../../engine/statement/claim.js';
import { STATEMENT_SUBJECT } from '../../engine/statement/subject.js';
import type { StatementMeta } from '../../engine/statement/universal.js';
import { noiseIndependentOfModels, target, terms, zeroMeanNoise } from './bias-variance.js';
import { finiteModelDomain, type FiniteModel } from './finite-model.js';

/**
 * Corollary VII.5, split into its three sentences, on the exact finite models of finite-model.ts:
 * - "pruning reduces variance by constraining the hypothesis space": no precise content (below);
 * - "for smooth F_T (high entropy) Bias²(S; F_T) remains bounded": a free constant, and C = 2 bounds
 *   it for every operator and entropy, so the smoothness hypothesis does no work;
 * - "allowing sparse students to achieve lower total error than dense teachers": an existence
 *   statement, settled by a certified finite model.
 */
const meta = (variant: string, statement: string): StatementMeta => ({
  id: 'sparse-kd/corollary-VII.5',
  variant,
  source: { paper: 'sparse-kd', label: 'Corollary VII.5', section: 'VII' },
  title: 'Pruning as regularization',
  statement,
  assumptions: ['F_T ∈ F_1–5', 'squared loss, terms as in Theorem VII.1'],
  dependsOn: ['sparse-kd/theorem-VII.3'],
});

export const corollaryVII5PruningReducesVariance: StatementClaim = {
  ...meta('pruning-reduces-variance', 'Pruning reduces variance by constraining the hypothesis space.'),
  evaluate: () => ({
    kind: 'no-proposition',
    detail:
      'Var(S) is a property of the training algorithm 𝒜 (the law of S), not of the hypothesis class: the paper specifies neither the pruning procedure nor the learner, and a smaller class alone does not order variances (any law on a sub-class is also a law on the class, e.g. an algorithm that picks uniformly at random between two pruned networks has positive variance where the dense ERM may be deterministic). The sentence states a mechanism, not a checkable inequality. Theorem VII.1\'s obligation "F_T appears only in the bias term" shows on a concrete learner that even the targets change Var(S).',
  }),
};

const biasBound = pointwise<FiniteModel, AuditedOperator>({
  id: 'sparse-kd/corollary-VII.5',
  variant: 'bias-bounded',
  title: 'Bias²(S; F_T) ≤ 2',
  statement: 'Bias²(S; F_T) ≤ 2 for every operator, temperature and student law, wherever F_T(p) is in the simplex (A0)',
  strict: false,
  quantity: '2 − Bias²(S; F_T)',
  domain: finiteModelDomain,
  runs: 150,
  margin: <V>(N: Num<V>, _op: AuditedOperator, x: FiniteModel) => {
    // a target outside the simplex (convex-mixing/extrapolated at T < 1) is not from a conforming F_T (A0): not an instance
    const outside = x.points.some((pt) => target(N, x, pt).some((v) => N.lt(v, N.of(0)) === true));
    return outside ? N.of(1) : N.sub(N.of(2), terms(N, x, 'student').bias2);
  },
});

export const corollaryVII5BiasBounded: StatementClaim = {
  ...meta('bias-bounded', 'For operators F_T that produce smooth target distributions (high H(F_T(p))), the distillation bias Bias²(S; F_T) remains bounded.'),
  checks: [biasBound],
  evaluate(run) {
    const result = runCheck(biasBound, STATEMENT_SUBJECT, run);
    return {
      kind: 'free-constant',
      constant: 'the bound on Bias²(S; F_T) (none is given)',
      detail: `"Remains bounded" names no bound. For a student and a target in the simplex ‖E S − q‖² ≤ ‖E S‖² + ‖q‖² ≤ 2, whatever the operator and whatever H(F_T(p)): C = 2 works, and the smoothness hypothesis is not needed. Searched: ${result.evidence.summary}`,
      instances: result.evidence.screened,
      ...(result.counterexample ? { counterexample: result.counterexample } : {}),
    };
  },
};

/** A witness: zero-mean independent noise, S with lower variance and higher bias than T, and lower expected loss. */
const sparseWins = pointwise<FiniteModel, AuditedOperator>({
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

export const corollaryVII5SparseCanWin: StatementClaim = {
  ...meta('sparse-can-win', 'Sparse students can achieve lower total error than dense teachers: some student with lower variance and higher distillation bias than the dense model has lower expected loss (zero-mean noise independent of both).'),
  checks: [sparseWins],
  evaluate(run) {
    const result = runCheck(sparseWins, STATEMENT_SUBJECT, run);
    const c = result.counterexample;
    return c
      ? { kind: 'witness', witness: JSON.stringify(c.instance), verifiedBy: 'exact', detail: `−min(ΔVar, ΔBias², Δloss) ∈ [${c.certificate.lo}, ${c.certificate.hi}] (${c.certificate.explanation})`, counterexample: c }
      : { kind: 'witness', verifiedBy: 'search', detail: result.evidence.summary };
  },
};
