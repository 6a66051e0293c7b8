import * as fc from 'fast-check';
import { Decimal } from 'decimal.js';
import type { Check } from '../../engine/check.js';
import type { CheckContext } from '../../engine/context.js';
import { pointAtTemperatureDomain, type PointAtTemperature } from '../../engine/domains/softening-points.js';
import { pointWithMoveProblem } from '../../engine/domains/softening-points.js';
import { probabilities } from '../../engine/instance/weights.js';
import { float64, intervalNum, decimalNum, type Num } from '../../engine/num/index.js';
import type { Certificate, TermKind } from '../../engine/verdicts.js';
import type { SofteningOperator } from '../../operators/softening/types.js';
import { maxAbsDifference } from './outputs.js';

/**
 * A2 (Axiom 2): F_T(p) jointly continuous in (p, T). Continuity is not Lipschitz continuity: an
 * operator with modulus δ^(1/T) near a zero coordinate is continuous, however steep. So a jump is
 * claimed only when the gap |F(x + δ·d) − F(x)| stays ≥ GAP for δ = 10^-j at EVERY j of a schedule
 * reaching far below any plausible steepness: j up to 2^52 (δ ≈ 10^-4.5e15, near decimal.js's limit) for moves
 * that change the support, where moduli like δ^(1/T) live, and up to 512 (δ = 1e-512) otherwise.
 * Moves from x = (p, T): T·(1 ± δ), and p → (1 − δ)p + δ·e_i (toward vertex i, which breaks ties
 * and lifts zeros). The moved point is enclosed, not rounded, so tiny δ stay rigorous.
 */
const GAP = 1e-6;
/** Continuity is local: the deep schedule is affordable only for small V (stated in the coverage). */
const A2_MAX_V = 16;
const SUPPORT_SCHEDULE = Array.from({ length: 52 }, (_, k) => 2 ** (k + 1));
const INTERIOR_SCHEDULE = SUPPORT_SCHEDULE.filter((j) => j <= 512);
const FLOAT_SCHEDULE = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
const FLOAT_SUPPORT_SCHEDULE = [...FLOAT_SCHEDULE, 16, 32, 64, 128, 256, 300];

export interface JumpProbe extends PointAtTemperature {
  /** 'T+', 'T-', or the index of the vertex p moves toward. */
  move: 'T+' | 'T-' | number;
}

function changesSupport(x: JumpProbe): boolean {
  return typeof x.move === 'number' && new Decimal(x.w[x.move]).isZero();
}

function gap<V>(N: Num<V>, op: SofteningOperator, x: JumpProbe, j: number): V {
  const p = probabilities(N, x.w);
  const T = N.of(x.T);
  const delta = N.of(`1e-${j}`);
  const base = op.apply(N, p, T);
  const moved =
    typeof x.move === 'number'
      ? op.apply(N, p.map((pi, i) => N.add(N.mul(N.sub(N.of(1), delta), pi), i === x.move ? delta : N.of(0))), T)
      : op.apply(N, p, N.mul(T, x.move === 'T+' ? N.add(N.of(1), delta) : N.sub(N.of(1), delta)));
  if (moved.length !== base.length) return N.of(Number.NaN);
  return maxAbsDifference(N, moved, base);
}

/**
 * Float64 screen, shaped for climbing: with k the number of leading scales (coarse to fine) whose
 * gap is ≥ GAP, the margin is (K − k)·GAP while some scale closes the gap. Once every scale shows
 * it, the candidate is worth certifying only if the gap has settled (a jump's gap converges to a
 * constant; a steep continuous one, like δ^(1/T), keeps shrinking): margin GAP − min gap then.
 */
function screen(op: SofteningOperator, x: JumpProbe): number {
  const schedule = changesSupport(x) ? FLOAT_SUPPORT_SCHEDULE : FLOAT_SCHEDULE;
  const gaps = schedule.map((j) => gap(float64, op, x, j));
  if (gaps.some(Number.isNaN)) return 1;
  const k = gaps.findIndex((g) => !(g >= GAP));
  if (k !== -1) return (gaps.length - k) * GAP;
  const last = gaps.slice(-4);
  return relativeSpread(last) <= SETTLED ? GAP - Math.min(...gaps) : GAP;
}

const SETTLED = 1e-3;
const relativeSpread = (xs: number[]) => (Math.max(...xs) - Math.min(...xs)) / Math.max(...xs);

function certify(op: SofteningOperator, x: JumpProbe, ctx: CheckContext): Certificate | undefined {
  const support = changesSupport(x);
  if (op.exactness === 'float64') return certifyFloat(op, x, support, ctx);
  const schedule = support ? SUPPORT_SCHEDULE : INTERIOR_SCHEDULE;
  let lowest: Decimal | undefined;
  let highest: Decimal | undefined;
  for (const j of schedule) {
    const precision = support ? ctx.precision : Math.min(j + ctx.precision, 600);
    const N: Num<unknown> = op.exactness === 'generic' ? intervalNum(precision) : decimalNum(precision);
    const [lo, hi] = N.bounds(gap(N, op, x, j)).map((s) => new Decimal(s));
    if (!lo.gt(GAP)) return undefined;
    lowest = lowest && lowest.lt(lo) ? lowest : lo;
    highest = highest && highest.gt(hi) ? highest : hi;
  }
  return jumpCertificate(x, schedule, lowest!, highest!, op.exactness === 'generic' ? 'interval' : 'decimal-agreement');
}

/**
 * Float64 code can be evaluated only to δ ≈ 1e-12 (1e-300 for support moves). A steep continuous
 * function (δ^(1/T) at T = 1e6) also keeps its gap there, but the gap keeps changing from scale to
 * scale; a jump's gap settles. So a jump is claimed only when the gap is settled to 1e-12 over the
 * last four scales; otherwise the candidate stays a fidelity finding.
 */
function certifyFloat(op: SofteningOperator, x: JumpProbe, support: boolean, ctx: CheckContext): Certificate | undefined {
  const schedule = support ? FLOAT_SUPPORT_SCHEDULE : FLOAT_SCHEDULE;
  const I = intervalNum(ctx.precision);
  const gaps = schedule.map((j) => I.bounds(gap(I, op, x, j)).map((s) => new Decimal(s)));
  if (!gaps.every(([lo]) => lo.gt(GAP + ctx.floatAllowance))) return undefined;
  const last = gaps.slice(-4).map(([lo]) => lo);
  const spread = Decimal.max(...last).minus(Decimal.min(...last));
  if (spread.gt(Decimal.max(...last).times(1e-12))) return undefined;
  return jumpCertificate(x, schedule, Decimal.min(...gaps.map(([lo]) => lo)), Decimal.max(...gaps.map(([, hi]) => hi)), 'float-output');
}

function jumpCertificate(x: JumpProbe, schedule: number[], lo: Decimal, hi: Decimal, terms: TermKind): Certificate {
  const direction = typeof x.move === 'number' ? `p → (1 − δ)p + δ·e_${x.move}` : `T → T·(1 ${x.move === 'T+' ? '+' : '−'} δ)`;
  const deepest = schedule.at(-1)!;
  return {
    kind: 'sequence-evidence',
    terms,
    quantity: `max_i |F(moved)_i − F(x)_i| for ${direction}, δ = 10^-j, j = ${schedule[0]} … ${deepest}`,
    lo: lo.toString(),
    hi: hi.toString(),
    explanation: `The gap stays ≥ ${GAP} at every step δ = 10^-j down to δ = 1e-${deepest} (certified at each step): a jump at x in this direction. This rests on shrinking steps, not on a proof: only a continuous operator with modulus ω(1e-${deepest}) ≥ ${GAP} (e.g. δ^(1/T) with T above ${Math.floor(deepest / 6)}) could show the same.`,
  };
}

const moveArb = (w: string[]) => fc.oneof(fc.constantFrom<'T+' | 'T-'>('T+', 'T-'), fc.integer({ min: 0, max: w.length - 1 }));

export const A2: Check<JumpProbe> = {
  id: 'A2',
  title: 'Joint continuity in (p, T)',
  statement: 'F_T(p) is jointly continuous in p ∈ Δ^V and T > 0.',
  domain: {
    arbitrary: pointAtTemperatureDomain.arbitrary.filter((x) => x.w.length <= A2_MAX_V).chain((x) => moveArb(x.w).map((move) => ({ ...x, move }))),
    simplify: (x) =>
      pointAtTemperatureDomain
        .simplify(x)
        .filter((y) => typeof x.move !== 'number' || x.move < y.w.length)
        .map((y) => ({ ...y, move: x.move })),
    neighbours: (x, scale, random) => pointAtTemperatureDomain.neighbours(x, scale, random).map((y) => ({ ...y, move: x.move })),
    size: (x) => pointAtTemperatureDomain.size(x),
    describe: (x) => ({ ...pointAtTemperatureDomain.describe(x), move: typeof x.move === 'number' ? `toward e_${x.move}` : x.move }),
    coverage: `${pointAtTemperatureDomain.coverage.replace('V 2–1200', `V 2–${A2_MAX_V}`)}; moves T·(1 ± δ) and toward each vertex`,
    validate: pointWithMoveProblem(A2_MAX_V),
  },
  evidenceKind: 'jump-search',
  runs: 1500,
  unconfirmed: 'the gap persists at every scale float64 can resolve, but closes at smaller steps in exact arithmetic (steep but continuous), or, for float64-only code, keeps changing from scale to scale',
  procedure: `gap |F(x + δ·d) − F(x)| ≥ ${GAP} screened at δ = 1e-1 … 1e-12, certified at every δ = 10^-j down to 1e-512 (interior moves) or 10^-(2^52) (moves that change the support)`,
  screen: (op, x) => screen(op, x),
  certify,
};
