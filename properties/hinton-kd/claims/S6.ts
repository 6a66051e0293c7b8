import { mathjs } from '../../../engine/lazy-mathjs.js';
import type { Num } from '../../../engine/num/index.js';
import { symbolicIdentity } from '../../../engine/statement/symbolic.js';
import { universalStatement, type StatementMeta } from '../../../engine/statement/universal.js';
import { equalMeans, zeroMeaned } from '../models/assumptions.js';
import { gradient } from '../models/gradient.js';
import { LIMIT_PROCEDURE, staysAway, TOWARD_INFINITY } from '../models/limits.js';
import { logitsDomain } from '../models/logits-domain.js';
import type { Pair } from '../models/rate-claims.js';
import { centred, minus, valueOf } from '../models/rational.js';
import type { Relation } from '../models/relations.js';
import { sequenceCheck } from '../models/sequence-check.js';
import { maxAbs } from '../models/softmax.js';
import { hintonSource } from '../models/statement-meta.js';

/**
 * S6 (§2.1): in the high-temperature limit distillation is minimising ½Σ(z_i − v_i)² (matching
 * logits), provided the logits are zero-meaned for each transfer case. The limit of the rescaled
 * gradient field N T²·∂C/∂z as T → ∞ is checked along certified sequences: as the paper states it
 * (zero-meaned), with equal means only, without any centring (refuted: the limit is
 * (z − z̄·1) − (v − v̄·1)), and that limit itself. Steps: centring a student's logits leaves its
 * softmax unchanged (so zero mean restricts no student), and ∇½Σ(z − v)² = z − v.
 */
const meta = (variant: string, statement: string, assumptions: string[]): StatementMeta => ({
  id: 'hinton-kd/S6',
  variant,
  source: hintonSource('S6', '2.1'),
  declaredIn: import.meta.url,
  title: 'Matching logits is the high-temperature limit of distillation',
  statement,
  assumptions,
  dependsOn: ['hinton-kd/S5'],
});

/** N T²·∂C/∂z at T: the gradient field rescaled so that its limit is finite. */
const rescaled = <V>(N: Num<V>, x: Pair, T: V) =>
  gradient(N, x.z, x.v, T).map((g) => N.mul(N.mul(N.of(x.z.length), N.mul(T, T)), g));

function limitCheck(variant: string, target: (x: Pair) => string[], relation: Relation | undefined, limitText: string) {
  return sequenceCheck<Pair>({
    id: 'hinton-kd/S6',
    variant,
    title: `N T²·∂C/∂z → ${limitText} as T → ∞`,
    statement: `max_i |N T²·∂C/∂z_i − (${limitText})_i| → 0 as T → ∞`,
    domain: logitsDomain({ names: ['z', 'v'], ...(relation ? { relation } : {}) }),
    runs: 40,
    temperatures: () => TOWARD_INFINITY,
    term: (N, x, T) =>
      maxAbs(
        N,
        rescaled(N, x, T),
        target(x).map((l) => valueOf(N, l)),
      ),
    judge: (N, _x, terms) => staysAway(N, terms),
    quantity: `10^-6 − min of the last 3 distances max_i |N T²·∂C/∂z_i − (${limitText})_i|`,
    violation: `N T²·∂C/∂z stays ≥ 10^-6 away from ${limitText}.`,
    procedure: LIMIT_PROCEDURE('T→∞'),
  });
}

const difference = (x: Pair) => x.z.map((l, i) => minus(l, x.v[i]));
const centredDifference = (x: Pair) => centred(x.z).map((u, i) => minus(u, centred(x.v)[i]));

/** Steps shared by the readings: zero-meaning restricts no student; matching logits has gradient z − v. */
const obligations = [
  {
    step: 'centring restricts no student',
    text: 'softmax(z − c·1) = softmax(z): with A_i = e^{z_i/T} and K = e^{−c/T}, A_1 K/Σ_j A_j K = A_1/Σ_j A_j (N = 3; the cancellation is the same for every N)',
    evaluate: () => symbolicIdentity('A1*K/(A1*K + A2*K + A3*K)', 'A1/(A1 + A2 + A3)', ['A1', 'A2', 'A3', 'K']),
  },
  {
    step: '∇ ½Σ(z_i − v_i)²',
    text: '∂/∂z_1 of ½Σ_i (z_i − v_i)² is z_1 − v_1 (mathjs derivative, N = 3)',
    evaluate: () =>
      symbolicIdentity(mathjs().derivative('((z1-v1)^2 + (z2-v2)^2 + (z3-v3)^2)/2', 'z1').toString(), 'z1 - v1', [
        'z1',
        'v1',
        'z2',
        'v2',
        'z3',
        'v3',
      ]),
  },
];

export const S6ZeroMean = universalStatement(
  {
    ...meta(
      'zero-mean',
      'For zero-meaned z and v: N T²·∂C/∂z → z − v as T → ∞, the gradient of ½Σ(z_i − v_i)²: distillation becomes matching logits.',
      ['Σz = Σv = 0 for each transfer case', 'T → ∞'],
    ),
    obligations,
  },
  limitCheck('zero-mean', difference, 'zero-means', 'z − v'),
);

export const S6EqualMeans = universalStatement(
  meta('equal-means', 'Equal means suffice: for z̄ = v̄ (not necessarily 0), N T²·∂C/∂z → z − v as T → ∞.', ['z̄ = v̄', 'T → ∞']),
  limitCheck('equal-means', difference, 'equal-means', 'z − v'),
);

export const S6WithoutCentring = universalStatement(
  meta('without-centring', 'Without the proviso: for all z, v, N T²·∂C/∂z → z − v as T → ∞.', ['T → ∞']),
  limitCheck('without-centring', difference, undefined, 'z − v'),
  [equalMeans, zeroMeaned],
);

export const S6LimitField = universalStatement(
  meta(
    'limit-field',
    'The limit of the gradient field for any logits: N T²·∂C/∂z → (z − z̄·1) − (v − v̄·1), the gradient of ½‖(z − z̄·1) − (v − v̄·1)‖² (matching centred logits).',
    ['T → ∞'],
  ),
  limitCheck('limit-field', centredDifference, undefined, '(z − z̄·1) − (v − v̄·1)'),
);
