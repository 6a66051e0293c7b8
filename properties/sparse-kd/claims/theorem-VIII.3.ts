import { decimalPart, recordDomain, vectorPart } from '../../../engine/domains/record.js';
import { intervalNum, type Num } from '../../../engine/num/index.js';
import type { AuditedOperator } from '../../../engine/operator.js';
import { pointwise } from '../../../engine/pointwise.js';
import { runCheck } from '../../../engine/run-check.js';
import type { Obligation, StatementClaim } from '../../../engine/statement/claim.js';
import type { StatementOutcome } from '../../../engine/statement/outcome.js';
import { STATEMENT_SUBJECT } from '../../../engine/statement/subject.js';
import { symbolicIdentity } from '../../../engine/statement/symbolic.js';
import { searchedStep, universalStatement } from '../../../engine/statement/universal.js';
import { l2, lipschitzBound } from '../models/networks.js';
import { asNetwork, pruningDomain, pruningParts, stageChanges, validPruning, type PruningRecord } from '../models/pruning.js';
import { freeC, perStageConstant, remainingFractionSchedule } from '../models/stage-spacing.js';

const statement =
  'For a network θ ↦ f_θ with d parameters that is L-Lipschitz, n-stage magnitude pruning to ρ_target ∈ (0, 1) with Δρ = ρ_target/n has ‖f_k − f_{k−1}‖∞ ≤ L‖θ_k − θ_{k−1}‖₂ ≤ L·c·Δρ (19), c depending on the mask structure; the total deviation after n stages is at most L·c·ρ_target.';
const networks =
  'Linear maps f_θ(x) = θ·x on [−B, B]^d and one-hidden-layer ReLU/tanh networks on [−B, B], θ ∈ [−2, 2]^{2…6}, B ∈ [0.1, 2], ρ_target = M/d, n ≤ 8; sup over X exact for linear maps, bounded below on a 5-point grid for MLPs.';

/** min over stages of L·‖θ_k − θ_{k−1}‖₂ − sup_X |f_k − f_{k−1}|: the first inequality of (19) with the given L. */
export function lipschitzMargin<V>(N: Num<V>, x: PruningRecord, L: V): V {
  return stageChanges(N, asNetwork(x), x.M, x.n)
    .map(({ step, change }) => N.sub(N.mul(L, step), change))
    .reduce((m, d) => N.min(m, d));
}

type TypedRecord = PruningRecord & { L: string };

/**
 * As typed, the assumption ‖θ − θ′‖∞ ≤ L‖θ − θ′‖₂ is about norms only: L ranges over every value
 * it allows (L ≥ 1, independent of the network).
 */
const typedCheck = pointwise<TypedRecord, AuditedOperator>({
  id: 'sparse-kd/theorem-VIII.3',
  variant: 'as-typed',
  title: '‖f_k − f_{k−1}‖∞ ≤ L‖θ_k − θ_{k−1}‖₂ for every L the typed assumption allows',
  statement: 'min_k L‖θ_k − θ_{k−1}‖₂ − sup_X |f_k − f_{k−1}| ≥ 0',
  strict: false,
  quantity: 'min_k L‖θ_k − θ_{k−1}‖₂ − sup_X |f_k − f_{k−1}|',
  domain: recordDomain<TypedRecord>({ ...pruningParts, L: decimalPart('1', '20', ['1', '2', '10']) }, validPruning),
  runs: 120,
  unconfirmed: 'float64 rounding of a margin that is 0 exactly (a stage that prunes only zeros, or a tight Lipschitz bound)',
  margin: (N, _s, x) => lipschitzMargin(N, x, N.of(x.L)),
});

const I = intervalNum(40);
const intendedLipschitz = {
  name: 'L ≥ Lip(θ ↦ f_θ)',
  text: 'L bounds the Lipschitz constant of θ ↦ f_θ from ℓ2 into the sup norm over X — the assumption as presumably intended (checked against B√d for linear maps, exact, and R√(h((B+1)² + B² + 1)) for the MLPs)',
  holds: (x: TypedRecord) => I.le(lipschitzBound(I, asNetwork(x)), I.of(x.L)) === true,
};

/** The typed assumption, checked on its own: ‖v‖∞ ≤ L‖v‖₂ for all v — true iff L ≥ 1, whatever the network. */
export function typedAssumption(L: string): Obligation {
  const check = pointwise<{ v: string[] }, AuditedOperator>({
    id: 'sparse-kd/theorem-VIII.3/typed-assumption',
    title: `‖v‖∞ ≤ ${L}·‖v‖₂`,
    statement: `${L}·‖v‖₂ − ‖v‖∞ ≥ 0 for v = θ − θ′`,
    strict: false,
    quantity: `${L}·‖v‖₂ − ‖v‖∞`,
    domain: recordDomain({ v: vectorPart(decimalPart('-1000', '1000'), 1, 6) }),
    runs: 200,
    margin: (N, _s, x) => {
      const v = x.v.map((s) => N.of(s));
      return N.sub(
        N.mul(N.of(L), l2(N, v)),
        v.map((e) => N.abs(e)).reduce((m, e) => N.max(m, e)),
      );
    },
  });
  return {
    step: 'the typed assumption',
    text: `‖θ − θ′‖∞ ≤ L‖θ − θ′‖₂ (here L = ${L}) constrains θ ↦ f_θ`,
    checks: [check],
    evaluate(run): StatementOutcome {
      const searched = runCheck(check, STATEMENT_SUBJECT, run);
      if (searched.verdict !== 'holds') return { kind: 'searched', asStated: searched };
      return {
        kind: 'vacuous',
        reason: 'trivial',
        detail: `‖v‖∞ ≤ ${L}·‖v‖₂ held on ${searched.evidence.screened} vectors v = θ − θ′, as it must for every v when L ≥ 1 (max_i v_i² ≤ Σ_i v_i², equality at v = e_1): the assumption holds for every network with L = 1 and says nothing about f_θ.`,
      };
    },
  };
}

export const theoremVIII3AsTyped: StatementClaim = universalStatement(
  {
    id: 'sparse-kd/theorem-VIII.3',
    variant: 'as-typed',
    source: { paper: 'sparse-kd', label: 'Theorem VIII.3', section: 'VIII' },
    declaredIn: import.meta.url,
    title: 'Multi-stage compression as homotopy (Lipschitz assumption as typed)',
    statement: `${statement} Read with the assumption exactly as typed, "i.e. ‖θ − θ′‖∞ ≤ L‖θ − θ′‖₂", which every L ≥ 1 meets; checked: the first inequality of (19). ${networks}`,
    assumptions: ['‖θ − θ′‖∞ ≤ L‖θ − θ′‖₂ for all θ, θ′ (as typed)', 'ρ_target ∈ (0, 1)', 'Δρ = ρ_target/n'],
    dependsOn: [],
    obligations: [typedAssumption('1')],
  },
  typedCheck,
  [intendedLipschitz],
);

/** The first inequality of (19) with L the network's Lipschitz bound: the proof sketch's "Lipschitz continuity bounds the function change". */
export const lipschitzStep = pointwise<PruningRecord, AuditedOperator>({
  id: 'sparse-kd/theorem-VIII.3/lipschitz-step',
  title: '‖f_k − f_{k−1}‖∞ ≤ L‖θ_k − θ_{k−1}‖₂ with L = Lip(θ ↦ f_θ)',
  statement: 'min_k L‖θ_k − θ_{k−1}‖₂ − sup_X |f_k − f_{k−1}| ≥ 0, L the network’s Lipschitz bound',
  strict: false,
  quantity: 'min_k L‖θ_k − θ_{k−1}‖₂ − sup_X |f_k − f_{k−1}|',
  domain: pruningDomain,
  runs: 200,
  unconfirmed: 'float64 rounding of a margin that is 0 exactly (a stage that prunes only zeros)',
  margin: (N, _s, x) => lipschitzMargin(N, x, lipschitzBound(N, asNetwork(x))),
});

const sketchSteps: Obligation[] = [
  {
    step: 'Δρ = ρ_target/n',
    text: 'n stages of Δρ = ρ_target/n, each a fraction of the original parameters, reach ρ_target: n·(ρ/n) = ρ',
    evaluate: () => symbolicIdentity('n*(r/n)', 'r', ['n', 'r']),
  },
  {
    step: 'prunes a fraction Δρ of remaining parameters',
    text: 'the proof sketch’s schedule (fraction Δρ of the remaining parameters per stage) reaches ρ_target after n stages',
    evaluate: remainingFractionSchedule,
  },
  {
    step: '‖θ_k − θ_{k−1}‖₂ ≤ c·Δρ, c independent of n',
    text: 'a constant c not depending on n bounds every stage’s parameter change by c·ρ_target/n (what Theorem IX.1’s O(1/n) per-stage deviation needs)',
    evaluate: (run) => perStageConstant(run),
  },
  // the step owns its check, so a stored counterexample of it replays (it was not reachable before)
  searchedStep(
    'Lipschitz continuity bounds the function change',
    'the first inequality of (19) with L the network’s Lipschitz bound',
    lipschitzStep,
  ),
  {
    step: 'triangle-inequality accumulation',
    text: 'n stages of at most L·c·Δρ each sum to L·c·ρ_target: n·L·c·(ρ/n) = L·c·ρ',
    evaluate: () => symbolicIdentity('n*(L*c*(r/n))', 'L*c*r', ['n', 'L', 'c', 'r']),
  },
];

export const theoremVIII3AsIntended: StatementClaim = {
  id: 'sparse-kd/theorem-VIII.3',
  variant: 'as-intended',
  source: { paper: 'sparse-kd', label: 'Theorem VIII.3', section: 'VIII' },
  declaredIn: import.meta.url,
  title: 'Multi-stage compression as homotopy (θ ↦ f_θ L-Lipschitz, as intended)',
  statement: `${statement} Read with the presumably intended assumption ‖f_θ − f_θ′‖∞ ≤ L‖θ − θ′‖₂. ${networks}`,
  assumptions: [
    '‖f_θ − f_θ′‖∞ ≤ L‖θ − θ′‖₂ (sup over a bounded input set)',
    'ρ_target ∈ (0, 1)',
    'Δρ = ρ_target/n',
    'c depends on the pruning mask structure',
  ],
  dependsOn: [],
  obligations: sketchSteps,
  evaluate: (run) => freeC(run),
};
