import type { StatementClaim } from '../../../engine/statement/claim.js';
import type { Assumption } from '../../../engine/statement/universal.js';
import { universalStatement, type StatementMeta } from '../../../engine/statement/universal.js';
import { sensitivityRatio, teacherSensitivity } from '../models/gradient.js';
import { LIMIT_PROCEDURE, staysAway, TOWARD_ZERO } from '../models/limits.js';
import { logitsDomain } from '../models/logits-domain.js';
import { compare, mean, minOf } from '../models/rational.js';
import { sequenceCheck } from '../models/sequence-check.js';
import { hintonSource } from '../models/statement-meta.js';

/**
 * S7 (§2.1): at lower temperatures distillation pays much less attention to matching logits much
 * more negative than the average. Read on the sensitivity s_j(T) = max_i |∂(∂C/∂z_i)/∂v_j| of the
 * gradient to the teacher's lowest logit v_j (v_j below the mean): it vanishes as T → 0⁺ (absolute
 * reading), and it vanishes against the sensitivity to the other logits (relative reading: s_j/max_{k≠j} s_k → 0).
 * Which of the two effects dominates (ignoring noisy negative logits vs losing their information)
 * is an empirical question: no truth value.
 */
type Teacher = { v: string[] };
const lowest = (x: Teacher) => x.v.indexOf(minOf(x.v));
const belowMean = (x: Teacher) => compare(minOf(x.v), mean(x.v)) < 0;

const meta = (variant: string, statement: string): StatementMeta => ({
  id: 'hinton-kd/S7',
  variant,
  source: hintonSource('S7', '2.1'),
  declaredIn: import.meta.url,
  title: 'Low temperature ignores very negative logits',
  statement,
  assumptions: ['v_j the lowest teacher logit, below the mean of v', 'T → 0⁺'],
  dependsOn: ['hinton-kd/S3'],
});

const teacherDomain = logitsDomain({ names: ['v'] });

export const S7Absolute = universalStatement(
  meta('vanishes-as-T-to-0', 'The sensitivity of ∂C/∂z to the lowest teacher logit v_j (below the mean) tends to 0 as T → 0⁺.'),
  sequenceCheck<Teacher>({
    id: 'hinton-kd/S7',
    variant: 'vanishes-as-T-to-0',
    title: 's_j(T) → 0 as T → 0⁺',
    statement: 'max_i |∂(∂C/∂z_i)/∂v_j| → 0 as T → 0⁺, v_j the lowest teacher logit, below the mean',
    domain: teacherDomain,
    runs: 60,
    applies: belowMean,
    temperatures: () => TOWARD_ZERO,
    term: (N, x, T) => teacherSensitivity(N, x.v, lowest(x), T),
    judge: (N, _x, terms) => staysAway(N, terms),
    quantity: '10^-6 − min of the last 3 sensitivities s_j(T) = p_j (1 − p_j)/T²',
    violation: 'The gradient stays sensitive (≥ 10^-6) to the lowest teacher logit.',
    procedure: LIMIT_PROCEDURE('T→0⁺'),
  }),
);

const severalClasses: Assumption<Teacher> = {
  name: 'N ≥ 3',
  text: 'at least three classes (for N = 2 both logits move the gradient equally: p_1 + p_2 = 1)',
  holds: (x) => x.v.length >= 3,
};
const uniqueLowest: Assumption<Teacher> = {
  name: 'unique lowest logit',
  text: 'v_j strictly below every other teacher logit',
  holds: (x) => x.v.filter((l) => l === minOf(x.v)).length === 1,
};

export const S7Relative = universalStatement(
  meta(
    'relative-to-other-logits',
    'Against the other logits: s_j(T)/max_{k≠j} s_k(T) → 0 as T → 0⁺ for the lowest teacher logit v_j below the mean ("much less attention" than to the others).',
  ),
  sequenceCheck<Teacher>({
    id: 'hinton-kd/S7',
    variant: 'relative-to-other-logits',
    title: 's_j(T)/max_{k≠j} s_k(T) → 0 as T → 0⁺',
    statement: 'The lowest logit’s share of the gradient’s sensitivity vanishes as T → 0⁺',
    domain: teacherDomain,
    runs: 60,
    applies: belowMean,
    temperatures: () => TOWARD_ZERO,
    term(N, x, T) {
      const j = lowest(x);
      const ratios = x.v
        .map((_, k) => k)
        .filter((k) => k !== j)
        .map((k) => sensitivityRatio(N, x.v, j, k, T));
      return ratios.reduce((m, r) => N.min(m, r));
    },
    judge: (N, _x, terms) => staysAway(N, terms),
    quantity: '10^-6 − min of the last 3 ratios s_j(T)/max_{k≠j} s_k(T)',
    violation: 'The lowest teacher logit keeps a share ≥ 10^-6 of the gradient’s sensitivity.',
    procedure: LIMIT_PROCEDURE('T→0⁺'),
  }),
  [severalClasses, uniqueLowest],
);

export const S7WhichDominates: StatementClaim = {
  ...meta(
    'which-effect-dominates',
    'Whether ignoring very negative logits helps (they may be noisy) or hurts (they carry information) is empirical.',
  ),
  evaluate: () => ({
    kind: 'no-proposition',
    detail:
      'The paper leaves open which of two effects dominates in training — a question about data and trained networks, with no truth value for a checker. What is checkable (the sensitivity vanishing as T → 0⁺, absolutely and against the other logits) is in the other readings of S7.',
  }),
};
