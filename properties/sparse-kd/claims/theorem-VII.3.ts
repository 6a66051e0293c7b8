import type { Num } from '../../../engine/num/index.js';
import type { AuditedOperator } from '../../../engine/operator.js';
import { pointwise } from '../../../engine/pointwise.js';
import { claimStep, type Obligation, type StatementClaim } from '../../../engine/statement/claim.js';
import { universalStatement, type Assumption, type StatementMeta } from '../../../engine/statement/universal.js';
import { runCheck } from '../../../engine/run-check.js';
import { STATEMENT_SUBJECT } from '../../../engine/statement/subject.js';
import { denseUnbiased, noiseIndependentOfModels, terms, zeroMeanNoise, type Terms } from '../models/bias-variance.js';
import { finiteModelDomain, type FiniteModel } from '../models/finite-model.js';
import { polynomialIdentity } from '../../../engine/statement/polynomial-identity.js';

/**
 * Theorem VII.3 on exact finite models (finite-model.ts). The sparse student S and the dense model T
 * are both random (their own training randomness) and are scored on the same observed targets
 * y = q + ε: "S outperforms T" is E‖S − y‖² < E‖T − y‖². ΔVar = Var(T) − Var(S) and
 * ΔBias² = Bias²(S; F_T) − 0 as in (12).
 */
const STATEMENT =
  'A sparse student S outperforms a dense teacher T when ΔVar > ΔBias², ΔVar = Var(T) − Var(S), ΔBias² = Bias²(S; F_T) − 0 (eqs. (11)–(12)); "outperforms": lower expected squared loss on the same targets.';
const ASSUMPTIONS = [
  'F_T ∈ F_1–5',
  'squared loss, terms as in Theorem VII.1',
  'heuristic argument: Bias²(T) ≈ 0 (high capacity)',
];

/** The theorem's own direction; its derivation steps' searches share this metadata. */
function sufficiencyMeta(): StatementMeta {
  return {
    id: 'sparse-kd/theorem-VII.3',
    variant: 'sufficiency',
    source: { paper: 'sparse-kd', label: 'Theorem VII.3', section: 'VII' },
    declaredIn: import.meta.url,
    title: 'Sparse student optimality condition',
    statement: `${STATEMENT} Direction: ΔVar > ΔBias² ⇒ E ℓ(S) < E ℓ(T).`,
    assumptions: ASSUMPTIONS,
    dependsOn: ['sparse-kd/theorem-VII.1'],
  };
}

type Both<V> = { S: Terms<V>; T: Terms<V> };

/**
 * A searched implication "premise ⇒ conclusion > 0" as a strict margin: where the premise is
 * certainly true (decided in the arithmetic at hand) the margin is the conclusion's quantity;
 * elsewhere 1 (an undecided premise is never a counterexample).
 */
function implication(
  variant: string,
  title: string,
  quantity: string,
  premise: <V>(N: Num<V>, t: Both<V>) => V,
  conclusion: <V>(N: Num<V>, t: Both<V>) => V,
  runs = 150,
) {
  return pointwise<FiniteModel, AuditedOperator>({
    id: 'sparse-kd/theorem-VII.3',
    variant,
    title,
    statement: title,
    strict: true,
    quantity,
    domain: finiteModelDomain,
    runs,
    margin: <V>(N: Num<V>, _op: AuditedOperator, x: FiniteModel) => {
      const t = { S: terms(N, x, 'student'), T: terms(N, x, 'dense') };
      return N.lt(N.of(0), premise(N, t)) === true ? conclusion(N, t) : N.of(1);
    },
  });
}

const conditionMargin = <V>(N: Num<V>, t: Both<V>) => N.sub(N.sub(t.T.variance, t.S.variance), t.S.bias2);
const outperformMargin = <V>(N: Num<V>, t: Both<V>) => N.sub(t.T.loss, t.S.loss);
const errorMargin = <V>(N: Num<V>, t: Both<V>) => N.sub(N.add(t.T.bias2, t.T.variance), N.add(t.S.bias2, t.S.variance));

const noiseCandidates: Assumption<FiniteModel>[] = [zeroMeanNoise, noiseIndependentOfModels];

/** (13) ⇔ (14): the loss difference is the difference of Bias² + Var (σ² cancels), by Theorem VII.1 for both models. */
const lossIsError = universalStatement(
  { ...sufficiencyMeta(), obligations: [] },
  pointwise<FiniteModel, AuditedOperator>({
    id: 'sparse-kd/theorem-VII.3',
    variant: 'loss-is-error',
    title: 'E‖T − y‖² − E‖S − y‖² = ε²_dense − ε²_sparse',
    statement: 'E‖T − y‖² − E‖S − y‖² = (Bias²(T) + Var(T)) − (Bias²(S) + Var(S))',
    strict: false,
    quantity: '−|(E‖T − y‖² − E‖S − y‖²) − (ε²_dense − ε²_sparse)|',
    domain: finiteModelDomain,
    runs: 150,
    margin: <V>(N: Num<V>, _op: AuditedOperator, x: FiniteModel) => {
      const t = { S: terms(N, x, 'student'), T: terms(N, x, 'dense') };
      return N.neg(N.abs(N.sub(outperformMargin(N, t), errorMargin(N, t))));
    },
  }),
  noiseCandidates,
);

/** (14) ⇒ (15): dropping Bias²(T). */
const dropTeacherBias = universalStatement(
  { ...sufficiencyMeta(), obligations: [] },
  implication(
    'drop-teacher-bias',
    '(14) Bias²(S) + Var(S) < Bias²(T) + Var(T) ⇒ (15) Bias²(S) + Var(S) < Var(T)',
    'Var(T) − Bias²(S) − Var(S) where (14) holds',
    errorMargin,
    conditionMargin,
  ),
  [denseUnbiased],
);

const obligations: Obligation[] = [
  claimStep(
    '(13) ⇔ (14)',
    'E ℓ(S) < E ℓ(T) ⇔ Bias²(S) + Var(S) < Bias²(T) + Var(T): Theorem VII.1 for both models, σ² the same',
    lossIsError,
  ),
  claimStep(
    '(14) ⇒ (15)',
    '"Assuming the dense teacher has negligible bias": (14) implies (15) only when Bias²(T) = 0 (the reverse implication needs nothing)',
    dropTeacherBias,
  ),
  {
    step: '(15) ⇔ (16)',
    text: 'Bias²(S) + Var(S) < Var(T) ⇔ Var(T) − Var(S) > Bias²(S): a rearrangement',
    evaluate: () => polynomialIdentity('(vT-vS)-bS', '-((bS+vS)-vT)', ['vT', 'vS', 'bS']),
  },
];

/** ΔVar > ΔBias² ⇒ S outperforms T (the theorem's direction). Bias²(T) ≥ 0 makes it hold whatever T's bias, given the decomposition. */
export const theoremVII3Sufficiency = universalStatement(
  { ...sufficiencyMeta(), obligations },
  implication(
    'sufficiency',
    'ΔVar > ΔBias² ⇒ E‖S − y‖² < E‖T − y‖²',
    'E‖T − y‖² − E‖S − y‖² where ΔVar > ΔBias²',
    conditionMargin,
    outperformMargin,
    400,
  ),
  noiseCandidates,
);

/** S outperforms T ⇒ ΔVar > ΔBias² (the converse, which the heuristic argument's "⇔" chain suggests). */
export const theoremVII3Converse = universalStatement(
  {
    id: 'sparse-kd/theorem-VII.3',
    variant: 'converse',
    source: { paper: 'sparse-kd', label: 'Theorem VII.3', section: 'VII' },
    declaredIn: import.meta.url,
    title: 'Sparse student optimality condition',
    statement: `${STATEMENT} Direction: E ℓ(S) < E ℓ(T) ⇒ ΔVar > ΔBias².`,
    assumptions: ASSUMPTIONS,
    dependsOn: ['sparse-kd/theorem-VII.1'],
  },
  implication(
    'converse',
    'E‖S − y‖² < E‖T − y‖² ⇒ ΔVar > ΔBias²',
    'ΔVar − ΔBias² where S outperforms T',
    outperformMargin,
    conditionMargin,
    300,
  ),
  [...noiseCandidates, denseUnbiased],
);

/**
 * The literal reading: T is the fixed teacher whose outputs define q, so nothing about it is random
 * and Var(T) = 0. Condition (11) then reads −Var(S) > Bias²(S), which no student meets. The search
 * confirms on finite models that Bias²(S) + Var(S) ≥ 0 is never violated, then reports vacuity.
 */
const fixedTeacherCheck = pointwise<FiniteModel, AuditedOperator>({
  id: 'sparse-kd/theorem-VII.3',
  variant: 'fixed-teacher',
  title: 'With Var(T) = 0, condition (11) −Var(S) > Bias²(S) is never met',
  statement: 'Bias²(S) + Var(S) ≥ 0',
  strict: false,
  quantity: 'Bias²(S) + Var(S)',
  domain: finiteModelDomain,
  runs: 100,
  margin: <V>(N: Num<V>, _op: AuditedOperator, x: FiniteModel) => {
    const t = terms(N, x, 'student');
    return N.add(t.bias2, t.variance);
  },
});

export const theoremVII3FixedTeacher: StatementClaim = {
  id: 'sparse-kd/theorem-VII.3',
  variant: 'fixed-teacher',
  source: { paper: 'sparse-kd', label: 'Theorem VII.3', section: 'VII' },
  declaredIn: import.meta.url,
  title: 'Sparse student optimality condition',
  statement: `${STATEMENT} Reading: T is the given (pretrained, fixed) teacher of Theorem VII.1, so Var(T) = 0.`,
  assumptions: ASSUMPTIONS,
  dependsOn: ['sparse-kd/theorem-VII.1'],
  checks: [fixedTeacherCheck],
  evaluate(run) {
    const result = runCheck(fixedTeacherCheck, STATEMENT_SUBJECT, run);
    if (result.verdict !== 'holds') return { kind: 'searched', asStated: result };
    return {
      kind: 'vacuous',
      reason: 'unmeetable',
      detail: `A fixed teacher has Var(T) = 0, so (11) requires −Var(S) > Bias²(S), i.e. Bias²(S) + Var(S) < 0, impossible for sums of squares; no finite model met it (${result.evidence.summary})`,
    };
  },
};
