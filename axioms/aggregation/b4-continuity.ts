import { Decimal } from 'decimal.js';
import * as fc from 'fast-check';
import type { Check } from '../../engine/check.js';
import type { CheckContext } from '../../engine/context.js';
import type { Domain } from '../../engine/domains/domain.js';
import { ensembleArb, ensembleDomain, type Ensemble } from '../../engine/domains/ensemble.js';
import { boundaryMoveProblem } from '../../engine/domains/ensemble.js';
import { exactSum } from '../../engine/instance/weights.js';
import { float64, intervalNum, type Num } from '../../engine/num/index.js';
import type { Certificate } from '../../engine/verdicts.js';
import type { AggregationOperator } from '../../operators/aggregation/types.js';
import { maxAbsDifference } from '../softening/outputs.js';
import { validAggregate } from './outputs.js';

/**
 * B4: A is jointly continuous in the teachers and the weights, including at zero probabilities
 * and zero weights. Continuity is not decided by one evaluation: from a boundary point x₀ (a teacher
 * weight w_k = 0, or a teacher mass p_k,i = 0) the instance moves back in by δ = 10^-j, j = 1, 2,
 * 4, …, 256, …, 2^52 (weights are exact, so δ is exact), and the distance ‖A(x_δ) − A(x₀)‖∞ is evaluated along
 * the sequence (float64 screens to δ = 1e-256; exact arithmetic goes on to δ = 10^-(2^52)). Refuted when it stays ≥ GAP at the last three terms and has stopped shrinking (the
 * last term at least half the first of the three), certified by intervals: a jump at the boundary.
 * The second condition spares steep but continuous operators: power softening at T = 50 moves a
 * zero mass by δ^(1/50), still 7.6e-6 at δ = 1e-256, but shrinking by 10^3.8 along the tail. A
 * finite sequence proves no limit, so "holds" means no jump was found.
 */
const GAP = 1e-6;
// float64 screens down to δ = 1e-256; exact arithmetic continues to δ = 10^-(2^52), where even
// δ^(1/T) at T = 1e12 has shrunk below 1e-3
const FLOAT_EXPONENTS = [1, 2, 4, 8, 16, 32, 64, 128, 256];
const EXPONENTS = [...FLOAT_EXPONENTS, 2 ** 12, 2 ** 20, 2 ** 32, 2 ** 44, 2 ** 52];
const TAIL = 3;

/** A boundary instance (its zero at the moved entry) and which entry moves: a weight, or a teacher's mass. */
export interface BoundaryMove extends Ensemble {
  move: { k: number; i?: number };
}

const movedEntry = (x: BoundaryMove) => (x.move.i === undefined ? `w_${x.move.k + 1}` : `p_${x.move.k + 1},${x.move.i + 1}`);

/**
 * x with the moved entry set to δ times the total of its row, as an exact weight: the probability
 * (or normalised weight) it stands for is then about δ, whatever the scale of the other weights.
 */
function at(x: BoundaryMove, delta: string): Ensemble {
  const { k, i } = x.move;
  const entry = (row: readonly string[]) => new Exact(delta).times(exactSum(row)).toString();
  if (i === undefined) return { teachers: x.teachers, w: x.w.map((v, j) => (j === k ? entry(x.w) : v)), T: x.T };
  return { teachers: x.teachers.map((t, j) => (j === k ? t.map((v, m) => (m === i ? entry(t) : v)) : t)), w: x.w, T: x.T };
}

const Exact = Decimal.clone({ precision: 4000, minE: -9e15, maxE: 9e15 });

const isBoundary = (x: BoundaryMove) => {
  const base = at(x, '0');
  const positive = (w: string[]) => w.some((v) => !new Decimal(v).isZero());
  return base.teachers.every(positive) && positive(base.w);
};

/** Distances ‖A(x_δ) − A(x₀)‖∞ along δ = 10^-j; NaN where either side is not a valid aggregate. */
function distances<V>(N: Num<V>, op: AggregationOperator, x: BoundaryMove, exponents: number[]): V[] {
  const base = validAggregate(N, op, at(x, '0'));
  return exponents.map((j) => {
    const moved = validAggregate(N, op, at(x, `1e-${j}`));
    return base && moved ? maxAbsDifference(N, moved, base) : N.of(Number.NaN);
  });
}

/** Negative when the tail stays above GAP and has stopped shrinking. */
function screen(op: AggregationOperator, x: BoundaryMove): number {
  const tail = distances(float64, op, x, FLOAT_EXPONENTS).slice(-TAIL);
  return Math.max(GAP - Math.min(...tail), tail[0] / 2 - tail[TAIL - 1]);
}

function certify(op: AggregationOperator, x: BoundaryMove, ctx: CheckContext): Certificate | undefined {
  const I = intervalNum(ctx.precision);
  const tail = distances(I, op, x, EXPONENTS).slice(-TAIL).map((d) => I.bounds(d));
  if (!tail.every(([lo]) => new Decimal(lo).gt(GAP))) return undefined;
  if (new Decimal(tail[TAIL - 1][0]).lt(new Decimal(tail[0][1]).div(2))) return undefined;
  const deltas = EXPONENTS.slice(-TAIL).map((j) => `1e-${j}`);
  return {
    kind: 'sequence-evidence',
    terms: op.exactness === 'generic' ? 'interval' : 'float-output',
    quantity: `‖A(x_δ) − A(x₀)‖∞ with ${movedEntry(x)} = δ → 0, at δ = ${deltas.join(', ')}`,
    lo: Decimal.min(...tail.map(([lo]) => lo)).toSignificantDigits(50, Decimal.ROUND_FLOOR).toString(),
    hi: Decimal.max(...tail.map(([, hi]) => hi)).toSignificantDigits(50, Decimal.ROUND_CEIL).toString(),
    explanation: `As ${movedEntry(x)} → 0 along δ = ${deltas.join(', ')} the aggregate stays ≥ ${GAP} away from its value at ${movedEntry(x)} = 0 and stops shrinking (certified): A jumps at this boundary point.`,
  };
}

const withMove = (x: Ensemble, move: BoundaryMove['move']): BoundaryMove => ({ ...x, move });

export const boundaryMoveDomain: Domain<BoundaryMove> = {
  arbitrary: ensembleArb
    .chain((x) =>
      fc.oneof(
        fc.integer({ min: 0, max: x.teachers.length - 1 }).map((k) => withMove(x, { k })),
        fc.tuple(fc.integer({ min: 0, max: x.teachers.length - 1 }), fc.integer({ min: 0, max: x.teachers[0].length - 1 })).map(([k, i]) => withMove(x, { k, i })),
      ),
    )
    .map((x) => ({ ...at(x, '0'), move: x.move }))
    .filter(isBoundary),
  // simplifications that keep the moved entry in place (same teachers and coordinates)
  simplify: (x) =>
    ensembleDomain
      .simplify(x)
      .filter((c) => c.teachers.length === x.teachers.length && c.teachers[0].length === x.teachers[0].length)
      .map((c) => withMove(at({ ...c, move: x.move }, '0'), x.move))
      .filter(isBoundary),
  neighbours: (x, scale, random) => ensembleDomain.neighbours(x, scale, random).map((c) => withMove(at({ ...c, move: x.move }, '0'), x.move)).filter(isBoundary),
  size: (x) => ensembleDomain.size(x),
  describe: (x) => ({ ...ensembleDomain.describe(x), 'moved to 0': movedEntry(x) }),
  coverage: `${ensembleDomain.coverage}; boundary points with one teacher weight or one teacher mass at 0`,
  validate: boundaryMoveProblem,
};

export const B4: Check<BoundaryMove, AggregationOperator> = {
  id: 'B4',
  variant: 'joint-at-boundary',
  title: 'Continuity in teachers and weights, at zero probabilities and zero weights',
  statement: 'A(p; w, T) is jointly continuous in (p_1, …, p_K, w), including where a probability or a weight is 0.',
  domain: boundaryMoveDomain,
  runs: 600,
  evidenceKind: 'certified-sequence',
  procedure: `distance to the boundary value along δ = 10^-j, j ∈ {${EXPONENTS.join(', ')}} (float64 screening: j ≤ 256); refuted when ≥ ${GAP} at the last ${TAIL} terms and the last is at least half the first of them`,
  unconfirmed: 'the float64 sequence stops at δ = 1e-256; continued exactly to δ = 10^-(2^52) the distance shrinks: steep near the boundary, not a jump',
  screen: (op, x) => screen(op, x),
  certify,
};
