import { recordDomain, simplexPart } from '../../../engine/domains/record.js';
import { exactRationals, probabilities } from '../../../engine/instance/weights.js';
import type { Num } from '../../../engine/num/index.js';
import type { AuditedOperator } from '../../../engine/operator.js';
import { pointwise } from '../../../engine/pointwise.js';
import type { StatementClaim } from '../../../engine/statement/claim.js';
import { searchedStep, universalStatement } from '../../../engine/statement/universal.js';
import { convexMixingClamped } from '../../../operators/softening/convex-mixing.js';
import { findSofteningOperator } from '../../../operators/softening/index.js';
import { power } from '../../../operators/softening/power.js';
import { hybrid } from '../models/hybrid.js';
import { equivalentPairs, projectionIsOptimal } from '../models/kd-equivalence.js';
import { runCheck } from '../../../engine/run-check.js';
import { STATEMENT_SUBJECT } from '../../../engine/statement/subject.js';
import {
  oneHotStudents,
  projectedOperator,
  topOnePlusUniformStudents,
  topTwoStudents,
  type StudentClass,
} from '../models/student-classes.js';
import { constructionFamilies, distinctAsFunctions } from './theorem-V.3.js';

const meta = {
  id: 'sparse-kd/theorem-X.2',
  source: { paper: 'sparse-kd', label: 'Theorem X.2', section: 'X' },
  declaredIn: import.meta.url,
  title: 'Characterization of KD-equivalence classes',
  dependsOn: ['sparse-kd/definition-X.1'],
} as const;
const statement =
  'For S = Δ^V, F_T and G_T are KD-equivalent iff F_T = G_T. For restricted S ⊊ Δ^V, non-trivial equivalence classes exist when the projections of F_T(p) and G_T(p) onto S coincide.';

/** A student S and a target q of the same length, both exact points of the closed simplex. */
const pairs = {
  ...recordDomain({ q: simplexPart, S: simplexPart }, (x) => x.q.length === x.S.length && x.q.length <= 8),
  coverage: `q and S in the closed simplex, the same V ≤ 8 (${simplexPart.coverage})`,
};
type Pair = { q: string[]; S: string[] };
const same = (a: string[], b: string[]) => exactRationals(a).join() === exactRationals(b).join();
const isZero = (w: string) => exactRationals([w, '1'])[0][0] === 0n;

/** A loss(S, q) − loss(q, q) that must be > 0 for every student S ≠ q: then the optimal student is q itself. */
export type TrainingLoss = <V>(N: Num<V>, S: readonly V[], q: readonly V[], x: Pair) => V;

/** KL(S‖q) − KL(q‖q) = Σ_{S_i > 0} S_i ln(S_i/q_i); +∞ (here 1) when S puts mass where q has none. */
export const klLoss: TrainingLoss = (N, S, q, x) => {
  if (x.S.some((s, i) => !isZero(s) && isZero(x.q[i]))) return N.of(1);
  return N.sum(S.map((s, i) => (isZero(x.S[i]) ? N.of(0) : N.mul(s, N.sub(N.ln(s), N.ln(q[i]))))));
};

/** ‖S − q‖² − ‖q − q‖². */
export const squaredLoss: TrainingLoss = (N, S, q) => N.sum(S.map((s, i) => N.mul(N.sub(s, q[i]), N.sub(s, q[i]))));

/** One reading of the claim: the shared metadata and the reading's name. */
type Reading = typeof meta & { variant: string };

/** The unrestricted optimum as a check: loss(S, q) > loss(q, q) for every S ∈ Δ^V other than q. */
function optimumCheck(loss: TrainingLoss, name: string, at: (S: string, q: string) => string) {
  return pointwise<Pair, AuditedOperator>({
    id: meta.id,
    variant: `S = Δ^V (${name})`,
    title: `the optimal unrestricted student under ${name} is the target`,
    statement: `For q, S ∈ Δ^V with S ≠ q: ${at('S', 'q')} > ${at('q', 'q')}`,
    strict: true,
    quantity: `${at('S', 'q')} − ${at('q', 'q')}, S ≠ q`,
    domain: pairs,
    runs: 300,
    margin: (N, _subject, x) => (same(x.S, x.q) ? N.of(1) : loss(N, probabilities(N, x.S), probabilities(N, x.q), x)),
  });
}

/** The unrestricted statement under a training loss: the optimal student is the target itself. */
export function optimumIsTarget(
  reading: Reading,
  loss: TrainingLoss,
  name: string,
  at: (S: string, q: string) => string,
): StatementClaim {
  return universalStatement(
    { ...reading, statement, assumptions: ['S = Δ^V', `training loss ${name}`] },
    optimumCheck(loss, name, at),
  );
}

/** Unrestricted: argmin over Δ^V of KL(S‖q) is {q} (Gibbs), so equivalence is equality; the steps of the proof sketch as obligations. */
const unrestricted = optimumIsTarget({ ...meta, variant: 'S = Δ^V (KL(S‖q))' }, klLoss, 'KL(S‖q)', (a, b) => `KL(${a}‖${b})`);
export const theoremX2Unrestricted: StatementClaim = {
  ...unrestricted,
  obligations: [
    // the step owns its check, so a stored counterexample of it replays (it was not reachable before)
    searchedStep(
      'S* = F_T(T) under squared loss',
      'the reading of §VII: ‖S − q‖² is least at S = q only',
      optimumCheck(squaredLoss, '‖S − q‖²', (a, b) => `‖${a} − ${b}‖²`),
    ),
    {
      step: 'F_T ≠ G_T ⇒ different optima',
      text: 'distinct families have a teacher where the (unique) optimal students differ: the constructions, at a certified (p, T)',
      evaluate: () => distinctAsFunctions(constructionFamilies),
    },
  ],
};

/** The search on a restricted class: the constructions' closed-form families, the witness hybrid, and P_S ∘ power. */
export function restrictedClaim(reading: Reading, S: StudentClass): StatementClaim {
  const catalogue = [
    power,
    convexMixingClamped,
    hybrid,
    findSofteningOperator('power-class/exp(x/T)')!,
    projectedOperator(S, power),
  ];
  return {
    ...reading,
    statement,
    assumptions: [
      S.text,
      'optimal student argmin_{S ∈ S} KL(S‖F_T(p)) (eq. (22))',
      'non-trivial: F_T(p) ≠ G_T(p) at some (p, T)',
    ],
    obligations: [
      {
        step: 'the optimal student is the S-projection',
        text: `the closed-form projection onto ${S.name} has KL(π_S(q)‖q) ≤ KL(S‖q) for every member S (searched over the softened targets of the power family)`,
        evaluate: (run) => ({
          kind: 'searched',
          asStated: runCheck(projectionIsOptimal(S, power), STATEMENT_SUBJECT, { ...run, corpus: undefined }),
        }),
      },
      {
        step: 'identical projections ⇒ equivalent',
        text: 'operators whose targets project identically onto S are S-KD-equivalent',
        evaluate: () => ({
          kind: 'vacuous',
          reason: 'trivial',
          detail:
            'Equal argmins in eq. (22) for every teacher is Definition X.1 itself: the step is true by its form; the content is whether distinct families have them, which the search decides.',
        }),
      },
    ],
    evaluate: (run) => equivalentPairs(S, catalogue, run),
  };
}

export const theoremX2OneHot = restrictedClaim({ ...meta, variant: 'S = one-hot students' }, oneHotStudents);
export const theoremX2TopTwo = restrictedClaim({ ...meta, variant: 'S = uniform-on-2 students' }, topTwoStudents);
export const theoremX2TopOnePlusUniform = restrictedClaim(
  { ...meta, variant: 'S = top-1-plus-uniform students' },
  topOnePlusUniformStudents,
);
