import * as fc from 'fast-check';
import type { Domain } from '../../../engine/domains/domain.js';
import { choiceProblem, firstProblem, guarded, objectProblem } from '../../../engine/domains/validate.js';
import type { Num } from '../../../engine/num/index.js';
import type { AuditedOperator } from '../../../engine/operator.js';
import { pointwise } from '../../../engine/pointwise.js';
import { claimStep } from '../../../engine/statement/claim.js';
import { universalStatement, type Assumption, type StatementMeta } from '../../../engine/statement/universal.js';
import { denseUnbiased, noiseIndependentOfModels, terms, zeroMeanNoise } from '../models/bias-variance.js';
import { closedFormOperators, finiteModelDomain, type FiniteModel } from '../models/finite-model.js';

/**
 * Remark VII.4 on exact finite models with a second operator G: the models' outputs are fixed (the
 * dense model sits at q_F + δ for the instance's operator F), and the targets are softened by G,
 * y = G_T(p) + ε. What is checkable: ΔVar is the same for every operator, and for every G the loss
 * comparison has the form ΔVar − (Bias²(S; G) − Bias²(T; G)) — the teacher's bias under G included.
 */
interface OperatorPair {
  model: FiniteModel;
  /** The other operator G, same temperature. */
  other: string;
}

const pairDomain: Domain<OperatorPair> = {
  arbitrary: fc.record({ model: finiteModelDomain.arbitrary, other: fc.constantFrom(...closedFormOperators) }),
  simplify: (x) => finiteModelDomain.simplify(x.model).map((model) => ({ ...x, model })),
  neighbours: () => [],
  size: (x) => [...finiteModelDomain.size(x.model), closedFormOperators.indexOf(x.other)],
  describe: (x) => ({ ...finiteModelDomain.describe(x.model), 'operator G (targets)': x.other }),
  coverage: `${finiteModelDomain.coverage}; G any closed-form operator`,
  validate: guarded((x) => {
    const r = x as OperatorPair;
    return firstProblem(
      () => objectProblem(x, ['model', 'other']),
      () => finiteModelDomain.validate(r.model),
      () => choiceProblem(r.other, 'other (operator G)', closedFormOperators),
    );
  }),
};

const lift = (a: Assumption<FiniteModel>): Assumption<OperatorPair> => ({ ...a, holds: (x) => a.holds(x.model) });

/** The remark's metadata (its derivation step's search shares it). */
function formMeta(): StatementMeta {
  return {
    id: 'sparse-kd/remark-VII.4',
    variant: 'form',
    source: { paper: 'sparse-kd', label: 'Remark VII.4', section: 'VII' },
    declaredIn: import.meta.url,
    title: 'Operator independence',
    statement:
      'The optimality condition ΔVar > ΔBias² has the same form for all F_T ∈ F_1–5; the operator affects the magnitude of Bias²(S; F_T), not the form. Checked: for models with fixed outputs and targets softened by any operator G, E‖T − y‖² − E‖S − y‖² = ΔVar − (Bias²(S; G) − Bias²(T; G)) with ΔVar = Var(T) − Var(S) free of G.',
    assumptions: ['F_T ∈ F_1–5', 'squared loss, terms as in Theorem VII.1'],
    dependsOn: ['sparse-kd/theorem-VII.3'],
  };
}

/** Bias²(T; F) = 0 for the operator the dense model was fitted to ⇒ Bias²(T; G) = 0: the "− 0" of (12) for every operator at once. */
const teacherUnbiasedForAll = universalStatement(
  { ...formMeta(), obligations: [] },
  pointwise<OperatorPair, AuditedOperator>({
    id: 'sparse-kd/remark-VII.4',
    variant: 'teacher-unbiased-for-every-operator',
    title: 'Bias²(T; F) = 0 ⇒ Bias²(T; G) = 0',
    statement: 'a dense model unbiased for F_T-softened targets is unbiased for G_T-softened ones',
    strict: false,
    quantity: '−Bias²(T; G) where Bias²(T; F) = 0',
    domain: pairDomain,
    runs: 100,
    margin: <V>(N: Num<V>, _op: AuditedOperator, x: OperatorPair) =>
      denseUnbiased.holds(x.model) ? N.neg(terms(N, x.model, 'dense', x.other).bias2) : N.of(1),
  }),
);

export const remarkVII4Form = universalStatement(
  {
    ...formMeta(),
    obligations: [
      claimStep(
        '(12) with Bias²(T) = 0 for every operator',
        'the condition keeps the form ΔVar > Bias²(S; G) − 0 for every G only if the dense model is unbiased for every G at once: searched for a dense model unbiased under F but biased under G',
        teacherUnbiasedForAll,
      ),
    ],
  },
  pointwise<OperatorPair, AuditedOperator>({
    id: 'sparse-kd/remark-VII.4',
    variant: 'form',
    title: 'E‖T − y_G‖² − E‖S − y_G‖² = ΔVar − ΔBias²_G',
    statement: 'for every operator G: E‖T − y‖² − E‖S − y‖² = (Var(T) − Var(S)) − (Bias²(S; G) − Bias²(T; G))',
    strict: false,
    quantity: '−|(E‖T − y‖² − E‖S − y‖²) − (ΔVar − ΔBias²_G)|',
    domain: pairDomain,
    runs: 150,
    margin: <V>(N: Num<V>, _op: AuditedOperator, x: OperatorPair) => {
      const [S, T] = [terms(N, x.model, 'student', x.other), terms(N, x.model, 'dense', x.other)];
      const predicted = N.sub(N.sub(T.variance, S.variance), N.sub(S.bias2, T.bias2));
      return N.neg(N.abs(N.sub(N.sub(T.loss, S.loss), predicted)));
    },
  }),
  [zeroMeanNoise, noiseIndependentOfModels].map(lift),
);
