import { decimalPart, recordDomain, temperaturePart, vectorPart } from '../../../engine/domains/record.js';
import { exactDecimalOfDouble, float64, intervalNum, type Num } from '../../../engine/num/index.js';
import { pointwise } from '../../../engine/pointwise.js';
import type { AuditedOperator } from '../../../engine/operator.js';
import type { Obligation, StatementClaim } from '../../../engine/statement/claim.js';
import { symbolicIdentity } from '../../../engine/statement/symbolic.js';
import { universalStatement, type Assumption } from '../../../engine/statement/universal.js';
import { powerTransform } from '../../../operators/softening/power.js';
import { direct, SMALLEST_NORMAL, viaProbabilities } from '../models/float64-equivalence.js';
import { breakingGaps } from '../models/float64-breaking.js';
import { maxDistance, softmax } from '../models/softmax.js';

type Logits = { z: string[]; T: string };

const logit = decimalPart('-1000', '1000');
const domain = recordDomain({ z: vectorPart(logit, 2, 6), T: temperaturePart });

const statementText =
  'For all logits z ∈ ℝ^V and T > 0, with p = softmax(z): p_i^(1/T) / Σ_j p_j^(1/T) = softmax(z/T)_i for every i.';

/** The paper's derivation, each step on its own (mathjs cannot apply power laws, so step 1 is taken in logarithms). */
const derivation: Obligation[] = [
  {
    step: 'exp(z_i/T) = p_i^(1/T)·(Σ_j exp z_j)^(1/T)',
    text: 'In logarithms, with u = 1/T and L = ln Σ_j exp z_j (so ln p_i = z_i − L by eq. (1)): z_i·u = u·(z_i − L) + u·L. ln is a bijection on (0, ∞) and ln(a^u) = u·ln a for a > 0, so the identity of logarithms is the identity.',
    evaluate: () => symbolicIdentity('z*u', 'u*(z - L) + u*L', ['z', 'u', 'L']),
  },
  {
    step: 'the normalising constant cancels',
    text: 'With E_i = exp(z_i/T) and K = (Σ_j exp z_j)^(−1/T): E_1·K / Σ_j E_j·K = E_1 / Σ_j E_j (checked symbolically for V = 2, 3, 4; the cancellation is the same for every V).',
    evaluate: () => [2, 3, 4].map(cancellation).find((o) => o.kind !== 'derived' || o.counterexample) ?? cancellation(4),
  },
];

function cancellation(V: number) {
  const E = Array.from({ length: V }, (_, i) => `E${i + 1}`);
  return symbolicIdentity(`E1*K/(${E.map((e) => `${e}*K`).join('+')})`, `E1/(${E.join('+')})`, [...E, 'K']);
}

/**
 * §II.A in exact arithmetic: F_T(softmax(z)) = softmax(z/T) with both sides enclosed by interval
 * arithmetic. Both softmaxes subtract max_i z_i first — the same numbers as eq. (1) in exact
 * arithmetic (Lemma VI.1's cancellation), finite in float64 — so the screen flags real
 * disagreements, and a float64 underflow that does not certify is a fidelity finding.
 */
export const equivalenceIIExact: StatementClaim = universalStatement(
  {
    id: 'sparse-kd/equivalence-II',
    variant: 'exact',
    source: { paper: 'sparse-kd', label: '§II.A: p^(1/T) ∝ softmax(z/T)', section: 'II' },
    declaredIn: import.meta.url,
    title: 'p^(1/T) ∝ softmax(z/T), in exact arithmetic',
    statement: statementText,
    assumptions: ['z ∈ ℝ^V (finite logits)', 'T > 0'],
    dependsOn: [],
    obligations: derivation,
  },
  pointwise<Logits, AuditedOperator>({
    id: 'sparse-kd/equivalence-II',
    variant: 'exact',
    title: 'F_T(softmax(z)) = softmax(z/T)',
    statement: 'max_i |F_T(softmax(z))_i − softmax(z/T)_i| = 0',
    strict: false,
    quantity: '−max_i |F_T(softmax(z))_i − softmax(z/T)_i|',
    domain,
    runs: 120,
    unconfirmed:
      'softmax(z) underflows in float64 before p^(1/T) is taken; the identity holds in exact arithmetic — see the float64 variant for what float64 computes',
    margin: (N, _subject, x) => {
      const T = N.of(x.T);
      const shift = String(-Math.max(...x.z.map(Number)));
      const [viaP, viaZ] = [powerTransform(N, softmax(N, x.z, shift), T), softmax(N, x.z, shift, T)];
      if (![...viaP, ...viaZ].every((v) => N.isFinite(v))) return N.of(Number.NaN);
      return N.neg(maxDistance(N, viaP, viaZ));
    },
  }),
);

/** The relative tolerance the float64 reading allows between the two routes. */
export const RELATIVE_TOLERANCE = '1e-6';

/**
 * min_i (1e-6·max(|a_i|, |b_i|) − |a_i − b_i|) for a = F_T(softmax(z)) and b = softmax(z/T), each
 * computed in float64 and then taken exactly: ≥ 0 iff every component agrees to 1e-6 relative.
 */
function float64Margin<V>(N: Num<V>, x: Logits): V {
  const z = x.z.map(Number);
  const T = Number(x.T);
  // a double is its own exact value; only the other arithmetics need its decimal expansion
  const exactly = (v: number) => N.of(N.kind === 'float64' ? v : exactDecimalOfDouble(v));
  const [a, b] = [viaProbabilities(z, T).map(exactly), direct(z, T).map(exactly)];
  if (![...a, ...b].every((v) => N.isFinite(v))) return N.of(-1);
  const tol = N.of(RELATIVE_TOLERANCE);
  return a.map((ai, i) => N.sub(N.mul(tol, N.max(N.abs(ai), N.abs(b[i]))), N.abs(N.sub(ai, b[i])))).reduce((m, v) => N.min(m, v));
}

/** ln 2^-1022: a coordinate of softmax is a normal double iff its logarithm is at least this. */
const LN_SMALLEST_NORMAL = -1022 * Math.LN2;

/**
 * Every coordinate of softmax(z) and of softmax(z/T) is at least 2^-1022. Decided in float64 on
 * log-probabilities z_i/T − max_j z_j/T − ln Σ_j exp(·) when they are clearly away from ln 2^-1022,
 * else by interval arithmetic (undecided counts as not met).
 */
function noUnderflow(x: Logits): boolean {
  const z = x.z.map(Number);
  const T = Number(x.T);
  const logs = [1, T].flatMap((t) => {
    const top = Math.max(...z) / t;
    const lse = Math.log(z.reduce((a, zi) => a + Math.exp(zi / t - top), 0));
    return z.map((zi) => ({ value: zi / t - top - lse, slack: 1e-9 * (1 + Math.abs(zi / t) + Math.abs(top)) }));
  });
  if (logs.some((l) => l.value < LN_SMALLEST_NORMAL - l.slack)) return false;
  if (logs.every((l) => l.value > LN_SMALLEST_NORMAL + l.slack)) return true;
  const I = intervalNum(40);
  const values = [...softmax(I, x.z), ...softmax(I, x.z, '0', I.of(x.T))];
  return values.every((v) => I.le(I.of(SMALLEST_NORMAL), v) === true);
}

const candidates: Assumption<Logits>[] = [
  {
    name: 'no underflow',
    text: 'every softmax(z)_i and softmax(z/T)_i is at least 2^-1022 (a normal double)',
    holds: noUnderflow,
  },
  { name: 'T ≥ 1', text: 'the temperature softens (T ≥ 1)', holds: (x) => Number(x.T) >= 1 },
  {
    name: 'logit spread ≤ 700',
    text: 'max_i z_i − min_i z_i ≤ 700 (softmax(z) stays a normal double)',
    holds: (x) => Math.max(...x.z.map(Number)) - Math.min(...x.z.map(Number)) <= 700,
  },
];

const float64Check = pointwise<Logits, AuditedOperator>({
  id: 'sparse-kd/equivalence-II',
  variant: 'float64',
  title: 'float64 F_T(softmax(z)) ≈ float64 softmax(z/T)',
  statement: `|a_i − b_i| ≤ ${RELATIVE_TOLERANCE}·max(|a_i|, |b_i|) for the two float64 routes a, b`,
  strict: false,
  quantity: `min_i (${RELATIVE_TOLERANCE}·max(|a_i|, |b_i|) − |a_i − b_i|), a and b the routes' doubles taken exactly`,
  domain,
  runs: 300,
  margin: (N, _subject, x) => float64Margin(N, x),
});

const searched = universalStatement(
  {
    id: 'sparse-kd/equivalence-II',
    variant: 'float64',
    source: { paper: 'sparse-kd', label: '§II.A: p^(1/T) ∝ softmax(z/T)', section: 'II' },
    declaredIn: import.meta.url,
    title: 'p^(1/T) ∝ softmax(z/T), as float64 computes it from logits',
    statement: `For all logits z and T > 0: float64 F_T(softmax(z)) (softmax first, as a probability API returns it, then p^(1/T)/Σ) agrees with float64 softmax(z/T) to within ${RELATIVE_TOLERANCE} relative in every coordinate.`,
    assumptions: ['z ∈ ℝ^V, |z_i| ≤ 1000', 'T > 0', 'both routes implemented stably (max-subtracted softmax, (p_i/max p)^(1/T))'],
    dependsOn: ['sparse-kd/equivalence-II'],
  },
  float64Check,
  candidates,
);

/**
 * §II.A as float64 computes it. Refuting it says nothing about the mathematics (the exact variant);
 * it is a fidelity finding about the probability route, with the breaking logit gap per temperature
 * (V = 2, z = (0, −g)) appended to the evidence.
 */
export const equivalenceIIFloat64: StatementClaim = {
  ...searched,
  evaluate(run) {
    const outcome = searched.evaluate(run);
    if (outcome.kind !== 'searched') return outcome;
    const asStated = outcome.asStated;
    const I = intervalNum(run.ctx.precision);
    const breaking = breakingGaps(
      (z, T) => float64Margin(float64, { z, T }),
      (z, T) => I.lt(float64Margin(I, { z, T }), I.of(0)) === true,
    );
    return {
      ...outcome,
      asStated: { ...asStated, evidence: { ...asStated.evidence, summary: `${asStated.evidence.summary} ${breaking}` } },
    };
  },
};
