import { Decimal } from 'decimal.js';
import * as fc from 'fast-check';
import type { Check } from '../../engine/check.js';
import type { CheckContext } from '../../engine/context.js';
import type { Domain } from '../../engine/domains/domain.js';
import { ensembleArb, ensembleDomain, type Ensemble } from '../../engine/domains/ensemble.js';
import { boundaryMoveProblem } from '../../engine/domains/ensemble.js';
import { exactSum } from '../../engine/instance/weights.js';
import { certificationPolicy } from '../../engine/certification/policy.js';
import { PLANE_CONSTANTS } from '../../engine/domains/simplex.js';
import { decimalNum, exactDecimalOfDouble, float64, intervalNum, type Num } from '../../engine/num/index.js';
import {
  judgeFloatSequence,
  floatJumpExplanation,
  resolvedTerms,
  MIN_RESOLVED,
  SETTLE_ROUNDING,
  SETTLE_SLOPE,
  type FloatTerm,
} from '../softening/a2-continuity.js';
import type { Certificate } from '../../engine/verdicts.js';
import type { AggregationOperator } from '../../engine/operators/aggregation.js';
import { maxAbsDifference } from '../softening/outputs.js';
import { validAggregate } from './outputs.js';

/**
 * B4: A is jointly continuous in the teachers and the weights, including at zero probabilities
 * and zero weights. Continuity is not decided by one evaluation: from a point x₀ the instance moves
 * by δ = 10^-j and the distance ‖A(x_δ) − A(x₀)‖∞ is evaluated along the sequence. Two kinds of x₀:
 * - a boundary point (a teacher weight w_k = 0, or a teacher mass p_k,i = 0) moved back in: the
 *   entry becomes δ times its row's total (weights are exact, so δ is exact), j = 1, 2, 4, …, 256, …, 2^52;
 * - a point exactly on a hyperplane (a weight share or a teacher mass equal to c = 1/2, 1/10, 1e-4, …,
 *   where code puts thresholds: `x < 1e-4 ? 0 : x`) moved across it both ways: the entry times 1 ± δ,
 *   j = 1, 2, 4, …, 512.
 * Formulas (intervals) and applyExact (the policy's two precisions, per term) are judged down to the
 * last of these; refuted when the distance stays ≥ GAP at the last three terms and has stopped
 * shrinking (the last at least half the first of the three). That spares steep but continuous
 * operators: power softening at T = 50 moves a zero mass by δ^(1/50), still 7.6e-6 at δ = 1e-256,
 * but shrinking by 10^3.8 along the tail. Float64-only code cannot be evaluated below its
 * resolution: it is judged on the scales float64 resolves at the instance, a jump claimed only when
 * the moved outputs are settled there (judgeFloatSequence, shared with A2). A finite sequence proves
 * no limit: every refutation is sequence evidence, and "holds" means no jump was found.
 */
const GAP = 1e-6;
// float64 screens down to the δ it resolves; exact arithmetic continues to δ = 10^-(2^52), where
// even δ^(1/T) at T = 1e12 has shrunk below 1e-3
const FLOAT_EXPONENTS = [...Array.from({ length: 20 }, (_, k) => k + 1), 32, 64, 128, 256, 300, 320];
const EXPONENTS = [1, 2, 4, 8, 16, 32, 64, 128, 256, 2 ** 12, 2 ** 20, 2 ** 32, 2 ** 44, 2 ** 52];
const PLANE_EXPONENTS = [1, 2, 4, 8, 16, 32, 64, 128, 256, 512];
const TAIL = 3;

/**
 * A point and which entry moves: a weight (i undefined) or teacher k's mass i. Without `plane` the
 * entry is 0 at x₀ and moves to δ; with `plane` ('a/b') its share is exactly a/b at x₀ and it moves
 * to (1 + δ) times itself, or (1 − δ) times when `down`.
 */
export interface BoundaryMove extends Ensemble {
  move: { k: number; i?: number; plane?: string; down?: boolean };
}

const movedEntry = (x: BoundaryMove) => (x.move.i === undefined ? `w_${x.move.k + 1}` : `p_${x.move.k + 1},${x.move.i + 1}`);

const Exact = Decimal.clone({ precision: 4000, minE: -9e15, maxE: 9e15 });

/** The row the move acts on (the teacher weights, or teacher k), and a copy of x with it replaced. */
const rowOf = (x: Ensemble, move: BoundaryMove['move']) => (move.i === undefined ? x.w : x.teachers[move.k]);
const withRow = (x: Ensemble, move: BoundaryMove['move'], row: string[]): Ensemble =>
  move.i === undefined
    ? { teachers: x.teachers, w: row, T: x.T }
    : { teachers: x.teachers.map((t, j) => (j === move.k ? row : t)), w: x.w, T: x.T };

/**
 * x moved by δ (δ = '0': x₀). Boundary moves: the entry set to δ times the total of its row, as an
 * exact weight (the probability it stands for is then about δ, whatever the scale of the others).
 * Hyperplane moves: the entry times 1 ± δ, exactly.
 */
function at(x: BoundaryMove, delta: string): Ensemble {
  const { move } = x;
  const e = move.i ?? move.k;
  const row = rowOf(x, move);
  const value = move.plane
    ? new Exact(row[e]).times(new Exact(1)[move.down ? 'minus' : 'plus'](delta))
    : new Exact(delta).times(exactSum(row));
  return withRow(
    x,
    move,
    row.map((v, m) => (m === e ? value.toString() : v)),
  );
}

/** x with its moved entry put back where the move starts: 0, or exactly on the hyperplane (others scaled by b − a, the entry a·Σothers). */
function placed(x: Ensemble, move: BoundaryMove['move']): BoundaryMove {
  const e = move.i ?? move.k;
  const row = rowOf(x, move);
  if (!move.plane)
    return {
      ...withRow(
        x,
        move,
        row.map((v, m) => (m === e ? '0' : v)),
      ),
      move,
    };
  const [a, b] = move.plane.split('/').map((n) => new Exact(n));
  const others = row.reduce((s, v, m) => (m === e ? s : s.plus(v)), new Exact(0));
  return {
    ...withRow(
      x,
      move,
      row.map((v, m) => (m === e ? a.times(others).toString() : new Exact(v).times(b.minus(a)).toString())),
    ),
    move,
  };
}

const isBoundary = (x: BoundaryMove) => {
  const base = at(x, '0');
  const positive = (w: string[]) => w.some((v) => !new Decimal(v).isZero());
  return (
    base.teachers.every(positive) &&
    positive(base.w) &&
    (!x.move.plane || !new Decimal(rowOf(x, x.move)[x.move.i ?? x.move.k]).isZero())
  );
};

/** Distances ‖A(x_δ) − A(x₀)‖∞ along δ = 10^-j; NaN where either side is not a valid aggregate. */
function distances<V>(N: Num<V>, op: AggregationOperator, x: BoundaryMove, exponents: number[]): V[] {
  const base = validAggregate(N, op, at(x, '0'));
  return exponents.map((j) => {
    const moved = validAggregate(N, op, at(x, `1e-${j}`));
    return base && moved ? maxAbsDifference(N, moved, base) : N.of(Number.NaN);
  });
}

/** 60 digits: enough to round each probability to the nearest double. */
const R60 = Decimal.clone({ precision: 60, minE: -9e15, maxE: 9e15 });

/** The teachers and weights as the operator receives them (doubles, flattened), and what it returns, at x₀ and along δ. */
function floatTerms(op: AggregationOperator, x: BoundaryMove): { base: FloatTerm; terms: FloatTerm[] } {
  const doubles = (row: string[]) => {
    const inverse = new R60(1).div(exactSum(row));
    return row.map((v) => (v === '0' ? 0 : Number(inverse.times(v).toString())));
  };
  // only the moved row changes along the sequence: its total is S + δ·S (from a zero) or S ± δ·e (across a hyperplane)
  const fixed = { teachers: x.teachers.map(doubles), w: doubles(x.w) };
  const e = x.move.i ?? x.move.k;
  const row0 = rowOf(x, x.move);
  const S = new R60(exactSum(row0));
  const entry = new R60(row0[e]);
  const movedRow = (j: number): number[] => {
    if (j === 0) return x.move.i === undefined ? fixed.w : fixed.teachers[x.move.k];
    const delta = new R60(`1e-${j}`);
    const value = x.move.plane ? entry.times(new R60(1)[x.move.down ? 'minus' : 'plus'](delta)) : delta.times(S);
    const inverse = new R60(1).div(S.minus(entry).plus(value));
    return row0.map((v, m) =>
      m === e ? Number(value.times(inverse).toString()) : v === '0' ? 0 : Number(inverse.times(v).toString()),
    );
  };
  const evaluate = (j: number): FloatTerm => {
    const row = movedRow(j);
    const teachers = x.move.i === undefined ? fixed.teachers : fixed.teachers.map((t, k) => (k === x.move.k ? row : t));
    const w = x.move.i === undefined ? row : fixed.w;
    const out = op.apply(float64, teachers, w, Number(x.T));
    return {
      j,
      input: [...teachers.flat(), ...w],
      output: out.length === x.teachers[0].length && out.every(Number.isFinite) ? out : undefined,
    };
  };
  const schedule = x.move.plane ? FLOAT_EXPONENTS.filter((j) => j <= 20) : FLOAT_EXPONENTS;
  return { base: evaluate(0), terms: schedule.map(evaluate) };
}

/** Negative when, at the scales float64 resolves, the tail stays above GAP and has stopped shrinking. */
function screen(op: AggregationOperator, x: BoundaryMove): number {
  const { base, terms } = floatTerms(op, x);
  const resolved = resolvedTerms(base.input, terms);
  if (resolved.length < Math.max(TAIL, MIN_RESOLVED)) return GAP;
  const y0 = base.output;
  if (!y0 || resolved.some((t) => !t.output)) return Number.NaN;
  const tail = resolved.slice(-TAIL).map((t) => Math.max(...t.output!.map((v, i) => Math.abs(v - y0[i]))));
  return Math.max(GAP - Math.min(...tail), tail[0] / 2 - tail[TAIL - 1]);
}

function certify(op: AggregationOperator, x: BoundaryMove, ctx: CheckContext): Certificate | undefined {
  const policy = certificationPolicy(op.exactness, ctx);
  if (op.exactness === 'float64') return certifyFloat(op, x, ctx);
  const exponents = x.move.plane ? PLANE_EXPONENTS : EXPONENTS;
  const last = exponents.slice(-TAIL);
  const threshold = new Decimal(GAP).plus(policy.allowance);
  const tail: Array<[string, string]> = [];
  // every term at every precision of the policy (hyperplane moves change the entry by ~δ: the precision must see them)
  for (const digits of policy.precisions) {
    for (const j of last) {
      const precision = x.move.plane ? j + digits : digits;
      const N: Num<unknown> = policy.arithmetic === 'interval' ? intervalNum(precision) : decimalNum(precision);
      const [d] = distances(N, op, x, [j]);
      tail.push(N.bounds(d));
    }
  }
  if (!tail.every(([lo]) => new Decimal(lo).gt(threshold))) return undefined;
  for (let p = 0; p < policy.precisions.length; p++) {
    const run = tail.slice(p * TAIL, (p + 1) * TAIL);
    if (new Decimal(run[TAIL - 1][0]).lt(new Decimal(run[0][1]).div(2))) return undefined;
  }
  const deltas = last.map((j) => `1e-${j}`);
  const how =
    policy.arithmetic === 'interval'
      ? 'enclosed by outward-rounded intervals'
      : `computed by the operator's applyExact at ${policy.precisions.join(' and ')} digits${x.move.plane ? ' (plus j)' : ''}, beyond the allowance ${policy.allowance} at both`;
  return {
    kind: 'sequence-evidence',
    terms: policy.certificate,
    quantity: `‖A(x_δ) − A(x₀)‖∞ with ${moveText(x)}, at δ = ${deltas.join(', ')}`,
    lo: Decimal.min(...tail.map(([lo]) => lo))
      .toSignificantDigits(50, Decimal.ROUND_FLOOR)
      .toString(),
    hi: Decimal.max(...tail.map(([, hi]) => hi))
      .toSignificantDigits(50, Decimal.ROUND_CEIL)
      .toString(),
    explanation: `Evidence along a sequence, not a proof: as δ → 0 along ${deltas.join(', ')} (each term ${how}) the aggregate stays more than ${GAP} away from its value at x₀ and stops shrinking: A jumps at this point. Only a continuous operator whose modulus at x₀ exceeds ${GAP} at δ = 1e-${last[TAIL - 1]} could show the same.`,
  };
}

const moveText = (x: BoundaryMove) =>
  x.move.plane
    ? `${movedEntry(x)} (share exactly ${x.move.plane} at x₀) × (1 ${x.move.down ? '−' : '+'} δ)`
    : `${movedEntry(x)} = δ → 0`;

function certifyFloat(op: AggregationOperator, x: BoundaryMove, ctx: CheckContext): Certificate | undefined {
  const { base, terms } = floatTerms(op, x);
  const judged = judgeFloatSequence(
    base,
    terms,
    GAP + certificationPolicy('float64', ctx).allowance,
    base.input.map(() => 1),
  );
  if (judged.failure) return undefined;
  const finest = judged.resolved[judged.resolved.length - 1];
  return {
    kind: 'sequence-evidence',
    terms: 'float-output',
    quantity: `‖A(x_δ) − A(x₀)‖∞ with ${moveText(x)}, δ = 10^-j at the ${judged.resolved.length} scales float64 resolves (j = ${judged.resolved[0].j} … ${finest.j})`,
    lo: judged.lo!.toString(),
    hi: judged.hi!.toString(),
    explanation: floatJumpExplanation(judged, '‖A(x_δ) − A(x₀)‖∞', GAP),
    received: { ...receivedOf(x, base.input, 'at x₀'), ...receivedOf(x, finest.input, `at δ = 1e-${finest.j}`) },
  };
}

/** The flattened doubles as exact decimals: p1 … pK and w. */
function receivedOf(x: Ensemble, input: number[], label: string): Record<string, string[]> {
  const V = x.teachers[0].length;
  const out: Record<string, string[]> = {};
  x.teachers.forEach((_, k) => (out[`p${k + 1} ${label}`] = input.slice(k * V, (k + 1) * V).map(exactDecimalOfDouble)));
  out[`w ${label}`] = input.slice(x.teachers.length * V).map(exactDecimalOfDouble);
  return out;
}

const entryArb = (x: Ensemble): fc.Arbitrary<BoundaryMove['move']> =>
  fc.oneof<fc.Arbitrary<BoundaryMove['move']>[]>(
    fc.integer({ min: 0, max: x.teachers.length - 1 }).map((k) => ({ k })),
    fc
      .tuple(fc.integer({ min: 0, max: x.teachers.length - 1 }), fc.integer({ min: 0, max: x.teachers[0].length - 1 }))
      .map(([k, i]) => ({ k, i })),
  );

/** Shares code compares against: c = 1/2, 1/10, …, 1e-12 (thresholds of truncation), or 1/n for the row's length n. */
const planeArb = (n: number) =>
  fc
    .integer({ min: 0, max: PLANE_CONSTANTS.length })
    .map((c) => (c === PLANE_CONSTANTS.length ? `1/${n}` : PLANE_CONSTANTS[c].join('/')));

/**
 * 3/5 boundary points (a weight or a teacher mass at 0, moved back in by δ), 2/5 points exactly on a
 * hyperplane (a weight share or a teacher mass equal to c) moved across it both ways: a fraction of
 * the cases, deterministic for the seed, so the unbiased coverage stays.
 */
export const boundaryMoveDomain: Domain<BoundaryMove> = {
  arbitrary: fc.oneof(
    { arbitrary: ensembleArb.chain((x) => entryArb(x).map((move) => placed(x, move))).filter(isBoundary), weight: 3 },
    {
      arbitrary: ensembleArb
        .chain((x) =>
          entryArb(x).chain((m) =>
            fc
              .tuple(planeArb(m.i === undefined ? x.teachers.length : x.teachers[0].length), fc.boolean())
              .map(([plane, down]) => placed(x, { ...m, plane, ...(down ? { down } : {}) })),
          ),
        )
        .filter(isBoundary),
      weight: 2,
    },
  ),
  // simplifications that keep the moved entry in place (same teachers and coordinates), put back at its start
  simplify: (x) =>
    ensembleDomain
      .simplify(x)
      .filter((c) => c.teachers.length === x.teachers.length && c.teachers[0].length === x.teachers[0].length)
      .map((c) => placed(c, x.move))
      .filter(isBoundary),
  neighbours: (x, scale, random) =>
    ensembleDomain
      .neighbours(x, scale, random)
      .map((c) => placed(c, x.move))
      .filter(isBoundary),
  size: (x) => ensembleDomain.size(x),
  describe: (x) => ({
    ...ensembleDomain.describe(x),
    ...(x.move.plane
      ? { 'moved across': `${movedEntry(x)} = ${x.move.plane}, ${x.move.down ? 'down' : 'up'}` }
      : { 'moved to 0': movedEntry(x) }),
  }),
  coverage: `${ensembleDomain.coverage}; boundary points with one teacher weight or one teacher mass at 0; points with a weight share or a teacher mass exactly at c = 1/2, 1/10, 1/4, 3/10, 1/5, 3/4, 1/3, 9/10, 1e-2 … 1e-12 or 1/n, moved across it both ways`,
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
  procedure: `distance to the value at x₀ along δ = 10^-j, j ∈ {${EXPONENTS.join(', ')}} from a zero (j ≤ ${PLANE_EXPONENTS.at(-1)} across a hyperplane), screened at the scales float64 resolves; formulas (intervals) and applyExact (two precisions) refuted when ≥ ${GAP} at the last ${TAIL} terms and the last is at least half the first of them; float64-only code only at the scales float64 resolves, with the moved outputs settled to ${SETTLE_ROUNDING.toExponential(2)} + ${SETTLE_SLOPE}·|Δinput|; every refutation is sequence evidence`,
  unconfirmed:
    'the distance stays above the gap at every scale float64 resolves, but (a formula, or applyExact) continued exactly to δ = 10^-(2^52) (10^-512 across a hyperplane) it shrinks or falls below the gap — steep near x₀, not a jump — or (float64-only code, which cannot be evaluated below its resolution) the moved outputs keep changing along the resolved scales beyond rounding, as a steep continuous function’s would, or too few scales resolve the move: no jump is claimed',
  screen: (op, x) => screen(op, x),
  certify,
};
