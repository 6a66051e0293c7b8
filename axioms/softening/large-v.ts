import {
  certificationPolicy,
  provesViolation,
  tieSeparated,
  tieTemperature,
  type CertificationPolicy,
} from '../../engine/certification/policy.js';
import type { Check } from '../../engine/check.js';
import type { CheckContext } from '../../engine/context.js';
import { LARGE_MAX_V, atSize, largePairDomain, largePointDomain, largeVector } from '../../engine/domains/large-vocabulary.js';
import type { LargeVocabularyPair, LargeVocabularyPoint } from '../../engine/domains/large-vocabulary.js';
import { Decimal } from 'decimal.js';
import { exactDecimalOfDouble, float64, intervalNum, type Interval } from '../../engine/num/index.js';
import type { Certificate } from '../../engine/verdicts.js';
import { phiFunctions, type Phi } from '../../operators/softening/index.js';
import { power } from '../../operators/softening/power.js';
import { powerClassOperators } from '../../operators/softening/power-class.js';
import type { SofteningOperator } from '../../engine/operators/softening.js';
import { A0 } from './a0-simplex.js';
import { A1 } from './a1-ranking.js';
import { A3 } from './a3-entropy.js';
import { certifiedOutput, returnedDouble, softenLarge, sumEnclosure, totalInterval } from './large-v-evaluate.js';

/**
 * The large-vocabulary stage: A0, A1 and A3 screened at V up to 262 144 on real long-tailed
 * distributions (engine/domains/large-vocabulary.ts), each a variant 'large-V' of its axiom.
 * A2 and A5 are left to the small-V checks: their evidence is a sequence of exact terms (jumps down
 * to δ = 10^-128, limits to T = 10^±1000), each an exact evaluation of every coordinate, which at
 * V = 262 144 costs minutes per term; A4 (F_1(p) = p) is pointwise per coordinate and its float64
 * screen at large V adds nothing the small-V search misses except summation error.
 *
 * Certificates rest on the relevant coordinates only, where the margin allows:
 * - A1: the worst inversion is a pair i, j. Float64 code: its two returned doubles, taken exactly.
 *   Power and the power class: F_i − F_j = (g_i − g_j)/Σ_k g_k with Σ_k g_k ≥ g(max p) = 1, so the
 *   pair's ratios g in interval arithmetic decide the sign, with Σq enclosed.
 * - A0 on float64 code: a negative returned double, or the returned sum enclosed beyond rounding.
 * - Anything else (A3's entropy depends on every coordinate; a user's applyExact cannot be called
 *   on part of a vector): the full vector is certified by the small-V check's own certify when
 *   V ≤ FULL_EXACT_MAX_V. Above it, a candidate that fails to certify is localised to the same
 *   distribution at V = FULL_EXACT_MAX_V (screened and certified like any case); if that does not
 *   certify either, it is reported as unconfirmed, never refuted.
 */
export const FULL_EXACT_MAX_V = 256;

/** Built-in operators whose F_T(p)_i is g(p_i; max p, T) normalised, g the φ-ratio of eq. (8) (power is φ = x^(1/T)). */
const PAIRWISE_FORMS = new Map<SofteningOperator, Phi>([
  [power, phiFunctions[0]],
  ...powerClassOperators.map((op, k) => [op, phiFunctions[k]] as const),
]);

const UNCONFIRMED =
  'a float64 candidate that no exact evaluation of its relevant coordinates confirmed ' +
  `(and beyond V = ${FULL_EXACT_MAX_V}, no exact evaluation of all V coordinates was attempted): a fidelity finding, not a refutation`;

/** The large point as the small-V checks' exact weights (doubles written exactly), for full-vector certification. */
const asWeights = (x: LargeVocabularyPoint) => Array.from(largeVector(x).q, exactDecimalOfDouble);

function certifyFull<X>(
  check: Check<X>,
  op: SofteningOperator,
  x: LargeVocabularyPoint,
  instance: () => X,
  ctx: CheckContext,
): Certificate | undefined {
  return x.V <= FULL_EXACT_MAX_V ? check.certify(op, instance(), ctx) : undefined;
}

/**
 * Instances whose screen made them candidates: only those are localised to V = FULL_EXACT_MAX_V
 * when they fail to certify (the probe asks every case for localised instances).
 */
const candidates = new WeakSet<object>();

function remember<X extends object>(x: X, margin: number, ctx: CheckContext): number {
  if (Number.isNaN(margin) || margin < -ctx.screenTolerance) candidates.add(x);
  return margin;
}

const localise = <X extends LargeVocabularyPoint>(_: SofteningOperator, x: X): X[] =>
  candidates.has(x) && x.V > FULL_EXACT_MAX_V ? [atSize(x, FULL_EXACT_MAX_V)] : [];

/** A strict margin of exactly 0 is a candidate too (the pointwise checks do the same). */
const strictScreen = (m: number, ctx: CheckContext) => (m <= 0 ? Math.min(m, -2 * ctx.screenTolerance) : m);

interface Inversion {
  gap: number;
  /** p_higher > p_lower. */
  higher: number;
  lower: number;
}

/**
 * min over p_i > p_j of F_i − F_j and a pair attaining it: levels of equal q walked from the
 * smallest mass up, each against the largest F on all lower levels (so the worst inversion, not
 * only the worst between neighbouring levels, is found: its size is what a certificate needs).
 */
function worstInversion(x: LargeVocabularyPoint, F: readonly number[]): Inversion | undefined {
  const { q, byRank } = largeVector(x);
  let worst: Inversion | undefined;
  let belowMax = -Infinity;
  let belowArg = -1;
  for (let r = q.length - 1; r >= 0;) {
    const level = q[byRank[r]];
    let [levelMin, minArg, levelMax, maxArg] = [Infinity, -1, -Infinity, -1];
    for (; r >= 0 && q[byRank[r]] === level; r--) {
      const i = byRank[r];
      if (F[i] < levelMin) [levelMin, minArg] = [F[i], i];
      if (F[i] > levelMax) [levelMax, maxArg] = [F[i], i];
    }
    if (belowArg >= 0 && (!worst || levelMin - belowMax < worst.gap))
      worst = { gap: levelMin - belowMax, higher: minArg, lower: belowArg };
    if (levelMax > belowMax) [belowMax, belowArg] = [levelMax, maxArg];
  }
  return worst;
}

type Described = () => Record<string, string | string[]>;

/** The pair and the temperature as float64 code received them, exactly. */
const pairReceived = (x: LargeVocabularyPoint, pair: Inversion) => ({
  i: String(pair.higher),
  j: String(pair.lower),
  q_i: exactDecimalOfDouble(largeVector(x).q[pair.higher]),
  q_j: exactDecimalOfDouble(largeVector(x).q[pair.lower]),
  T: exactDecimalOfDouble(Number(x.T)),
});

function pairCertificate(
  policy: CertificationPolicy,
  x: LargeVocabularyPoint,
  pair: Inversion,
  bounds: [string, string],
  how: string,
  extra: Record<string, string> = {},
): Certificate {
  const [qi, qj] = [largeVector(x).q[pair.higher], largeVector(x).q[pair.lower]];
  return {
    kind: policy.certificate,
    quantity: `F_T(p)_i − F_T(p)_j at i = ${pair.higher}, j = ${pair.lower} (p_i > p_j)`,
    lo: bounds[0],
    hi: bounds[1],
    explanation:
      `A1 needs F_T(p)_i > F_T(p)_j wherever p_i > p_j; here q_i = ${exactDecimalOfDouble(qi)} > q_j = ${exactDecimalOfDouble(qj)} exactly, ` +
      `and ${how}.`,
    ...(policy.certificate === 'float-output' ? { received: { ...pairReceived(x, pair), ...extra } } : {}),
  };
}

function certifyRanking(
  op: SofteningOperator,
  x: LargeVocabularyPoint,
  ctx: CheckContext,
  describe: Described,
  floatSafe: boolean,
): Certificate | undefined {
  const policy = certificationPolicy(op.exactness, ctx);
  const N = intervalNum(ctx.precision);
  const { q } = largeVector(x);
  if (op.exactness === 'float64') {
    if (!floatSafe) return undefined;
    const F = certifiedOutput(op, x, x.T, describe);
    const pair = F && worstInversion(x, F);
    if (!F || !pair || pair.gap > 0) return undefined;
    const bounds = N.bounds(N.sub(returnedDouble(N, F[pair.higher]), returnedDouble(N, F[pair.lower])));
    // a tie refutes only between well-conditioned masses (q_j/Σq ≥ 2^-30 with Σq at its upper bound, a ratio ≥ 1 + 2^-20) at 1/16 ≤ T ≤ 16
    const total = sumEnclosure(q)[1];
    const share = (i: number) => new Decimal(exactDecimalOfDouble(q[i])).div(total);
    const tie = () =>
      F[pair.higher] <= F[pair.lower] && tieTemperature(Number(x.T)) && tieSeparated(share(pair.higher), share(pair.lower));
    if (!provesViolation(policy, bounds[0], bounds[1], true, tie)) return undefined;
    const how = 'the doubles the operator returned for them, taken exactly (within 2^-40), differ by [lo, hi]';
    const returned = {
      'F_i (returned)': exactDecimalOfDouble(F[pair.higher]),
      'F_j (returned)': exactDecimalOfDouble(F[pair.lower]),
    };
    return pairCertificate(policy, x, pair, bounds, how, returned);
  }
  const form = PAIRWISE_FORMS.get(op);
  const F = form && softenLarge(op, x, x.T);
  const pair = F && worstInversion(x, F);
  if (form && pair && pair.gap <= 0) {
    const [total, T] = [totalInterval(N, x), N.of(x.T)];
    const p = (i: number): Interval => N.div(N.of(exactDecimalOfDouble(q[i])), total);
    const top = p(largeVector(x).byRank[0]);
    const bounds = N.bounds(N.sub(form.ratio(N, p(pair.higher), top, T), form.ratio(N, p(pair.lower), top, T)));
    if (provesViolation(policy, bounds[0], bounds[1], true)) {
      const how =
        `F_i − F_j = (g_i − g_j)/Σ_k g_k with g = ${form.formula} divided by its value at max p (eq. (8)) and Σ_k g_k ≥ 1, ` +
        `so its sign is that of g_i − g_j, which interval arithmetic at ${ctx.precision} digits encloses in [lo, hi] (Σq enclosed)`;
      return pairCertificate(policy, x, pair, bounds, how);
    }
  }
  return certifyFull(A1, op, x, () => ({ w: asWeights(x), T: x.T }), ctx);
}

function certifySimplex(
  op: SofteningOperator,
  x: LargeVocabularyPoint,
  ctx: CheckContext,
  describe: Described,
  floatSafe: boolean,
): Certificate | undefined {
  const policy = certificationPolicy(op.exactness, ctx);
  if (op.exactness !== 'float64') return certifyFull(A0, op, x, () => ({ w: asWeights(x), T: x.T }), ctx);
  if (!floatSafe) return undefined;
  const F = certifiedOutput(op, x, x.T, describe);
  const received = { T: exactDecimalOfDouble(Number(x.T)), q: 'the doubles q of the instance, passed as they are' };
  if (!F) {
    const explanation = `F_T(p) must be a point of Δ^V; the operator returned something other than ${x.V} finite numbers, twice.`;
    return { kind: policy.certificate, quantity: 'the returned value', lo: 'n/a', hi: 'n/a', explanation, received };
  }
  const N = intervalNum(ctx.precision);
  let k = 0;
  for (let i = 1; i < F.length; i++) if (F[i] < F[k]) k = i;
  const [lo, hi] = N.bounds(returnedDouble(N, F[k]));
  if (provesViolation(policy, lo, hi, false)) {
    const explanation = `Every F_T(p)_i must be ≥ 0; the double returned for coordinate ${k}, taken exactly (within 2^-40), lies in [lo, hi], below −${policy.allowance}.`;
    const at = { ...received, i: String(k), 'F_i (returned)': exactDecimalOfDouble(F[k]) };
    return { kind: policy.certificate, quantity: `F_T(p)_i at i = ${k}`, lo, hi, explanation, received: at };
  }
  // −|ΣF − 1| from the returned doubles: their float64 sum, its rounding and their 2^-40 band enclosed
  const [sumLo, sumHi] = sumEnclosure(F, 2 ** -40);
  const deviation = sumLo.gt(1)
    ? [sumLo.minus(1), sumHi.minus(1)]
    : sumHi.lt(1)
      ? [sumHi.neg().plus(1), sumLo.neg().plus(1)]
      : undefined;
  if (!deviation) return undefined;
  const [mLo, mHi] = [deviation[1].neg().toString(), deviation[0].neg().toString()];
  if (!provesViolation(policy, mLo, mHi, false)) return undefined;
  const explanation =
    `Σ_i F_T(p)_i must be 1; the ${x.V} returned doubles, taken within 2^-40 each and summed with the float64 sum's rounding enclosed, ` +
    `give −|Σ − 1| in [lo, hi], below −${policy.allowance}.`;
  const sum = { ...received, 'Σ F (float64)': String(sumLo.plus(sumHi).div(2).toNumber()) };
  return { kind: policy.certificate, quantity: '−|Σ_i F_T(p)_i − 1|', lo: mLo, hi: mHi, explanation, received: sum };
}

/**
 * −Σ f ln f over a float64 output, compensated as float64.sum is (Neumaier) so that screening invents
 * few differences; written out rather than through float64.sum so that no array of V terms is built.
 */
function entropyOf(F: readonly number[]): number {
  let [sum, compensation] = [0, 0];
  for (let i = 0; i < F.length; i++) {
    if (F[i] <= 0) continue;
    const term = -F[i] * Math.log(F[i]);
    const t = sum + term;
    compensation += Math.abs(sum) >= Math.abs(term) ? sum - t + term : term - t + sum;
    sum = t;
  }
  return sum + compensation;
}

/** The large-vocabulary checks with V up to maxV (`kdaudit check --max-V`; the audit uses LARGE_MAX_V). */
export function largeVocabularyChecks(
  maxV = LARGE_MAX_V,
): [Check<LargeVocabularyPoint>, Check<LargeVocabularyPoint>, Check<LargeVocabularyPair>] {
  const point = largePointDomain(maxV);
  const pair = largePairDomain(maxV);
  const safe = (x: LargeVocabularyPoint) => point.floatSafe!(x);
  const common = {
    variant: 'large-V',
    evidenceKind: 'search' as const,
    unconfirmed: UNCONFIRMED,
    maxCertifications: 10,
    localise,
  };
  const simplex: Check<LargeVocabularyPoint> = {
    ...common,
    id: 'A0',
    title: `${A0.title}, large vocabularies`,
    statement: A0.statement,
    domain: point,
    runs: 8,
    faultRefutes: true,
    procedure:
      "margin min(min_i F_T(p)_i, −|Σ_i F_T(p)_i − 1|) ≥ 0 screened in float64 on the operator's own float64 code; float64-only code certified " +
      `on its returned doubles (the negative one, or their sum with its rounding enclosed), others on all coordinates up to V = ${FULL_EXACT_MAX_V}`,
    screen: (op, x, ctx) => {
      const F = softenLarge(op, x, x.T);
      if (!F) return remember(x, -1, ctx);
      let least = Infinity;
      for (let i = 0; i < F.length; i++) least = Math.min(least, F[i]);
      return remember(x, Math.min(least, -Math.abs(float64.sum(F) - 1)), ctx);
    },
    certify: (op, x, ctx) => certifySimplex(op, x, ctx, () => point.describe(x), safe(x)),
  };
  const ranking: Check<LargeVocabularyPoint> = {
    ...common,
    id: 'A1',
    title: `${A1.title}, large vocabularies`,
    statement: A1.statement,
    domain: point,
    runs: 8,
    procedure:
      'margin min over p_i > p_j of F_T(p)_i − F_T(p)_j > 0 screened in float64 (levels walked in rank order against the largest F below); ' +
      'the worst pair certified alone: float64-only code on its two returned doubles, power and the power class by their φ-ratios in ' +
      `interval arithmetic, others on all coordinates up to V = ${FULL_EXACT_MAX_V}; float64 ties at V > 64 are not certified (engine/probe.ts)`,
    screen: (op, x, ctx) => {
      const F = softenLarge(op, x, x.T);
      const worst = F && worstInversion(x, F);
      return remember(x, worst ? strictScreen(worst.gap, ctx) : 1, ctx);
    },
    certify: (op, x, ctx) => certifyRanking(op, x, ctx, () => point.describe(x), safe(x)),
  };
  const entropy: Check<LargeVocabularyPair> = {
    ...common,
    id: 'A3',
    title: `${A3.title}, large vocabularies`,
    statement: A3.statement,
    domain: pair,
    runs: 5,
    procedure:
      "margin H(F_T'(p)) − H(F_T(p)) ≥ 0 screened in float64 (compensated sums); the entropy depends on every coordinate, " +
      `so a candidate is certified on all of them, up to V = ${FULL_EXACT_MAX_V}`,
    screen: (op, x, ctx) => {
      const low = softenLarge(op, x, x.T);
      const lowEntropy = low && entropyOf(low);
      const high = lowEntropy === undefined ? undefined : softenLarge(op, x, x.T2);
      return remember(x, high && lowEntropy !== undefined ? entropyOf(high) - lowEntropy : 1, ctx);
    },
    certify: (op, x, ctx) => certifyFull(A3, op, x, () => ({ w: asWeights(x), T: x.T, T2: x.T2 }), ctx),
  };
  return [simplex, ranking, entropy];
}
