import { Decimal } from 'decimal.js';
import type { Check } from '../../engine/check.js';
import type { CheckContext } from '../../engine/context.js';
import { pointDomain } from '../../engine/domains/softening-points.js';
import { tieGroups } from '../../engine/instance/weights.js';
import { decimalNum, float64, intervalNum, type Num } from '../../engine/num/index.js';
import type { Certificate, TermKind } from '../../engine/verdicts.js';
import type { SofteningOperator } from '../../engine/operators/softening.js';
import { maxAbsDifference, softened } from './outputs.js';

/**
 * A5 (Axiom 5): lim_{T→∞} F_T(p) = uniform, lim_{T→0⁺} F_T(p) = uniform on the maximal indices.
 * A limit is not decided by one evaluation: the distance to the limit is evaluated along the
 * sequences T = 10^{±e}, e = 1, 2, 4, …, 512, 1000 (decimal reaches 1e-1000; float64 stops at
 * 1e±256). The limit is refuted at p when the distance stays ≥ GAP at the last three terms,
 * certified; it is not "proved" by a finite sequence, and the evidence says so.
 */
const GAP = 1e-6;
const EXPONENTS = [1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1000];
const FLOAT_EXPONENTS = EXPONENTS.filter((e) => e <= 256);
const TAIL = 3;

export type Side = 'T→0⁺' | 'T→∞';
const BOTH_SIDES: readonly Side[] = ['T→0⁺', 'T→∞'];

function target(w: readonly string[], side: Side): string[] {
  const V = w.length;
  if (side === 'T→∞') return w.map(() => `1/${V}`);
  const top = tieGroups(w).at(-1)!;
  return w.map((_, i) => (top.includes(i) ? `1/${top.length}` : '0'));
}

function distances<V>(N: Num<V>, op: SofteningOperator, w: readonly string[], side: Side, exponents: number[]): V[] {
  const limit = target(w, side).map((r) => (r.includes('/') ? N.ratio('1', r.split('/')[1]) : N.of(r)));
  return exponents.map((e) => maxAbsDifference(N, softened(N, op, w, side === 'T→∞' ? `1e${e}` : `1e-${e}`), limit));
}

/** Float64 screen: GAP − (smallest distance over the tail); negative when the tail stays away. */
function screen(op: SofteningOperator, x: { w: string[] }, sides: readonly Side[]): number {
  return Math.min(...sides.map((side) => GAP - Math.min(...distances(float64, op, x.w, side, FLOAT_EXPONENTS).slice(-TAIL))));
}

function certify(op: SofteningOperator, x: { w: string[] }, ctx: CheckContext, sides: readonly Side[]): Certificate | undefined {
  for (const side of sides) {
    const found = op.exactness === 'float64' ? certifyFloat(op, x.w, side, ctx) : certifyExact(op, x.w, side, ctx);
    if (found) return found;
  }
  return undefined;
}

/**
 * At T = 10^-e a ratio known to k digits is raised to the power 10^e, so the enclosure needs about
 * e more digits to stay narrow: each term gets its own precision.
 */
function certifyExact(op: SofteningOperator, w: string[], side: Side, ctx: CheckContext): Certificate | undefined {
  // a user's applyExact has no enclosure: it must agree at two precisions instead
  const scales = op.exactness === 'generic' ? [1] : [1, 2];
  const tail = scales.flatMap((scale) =>
    EXPONENTS.slice(-TAIL).map((e) => {
      // intervals need the extra e digits; point decimals check themselves by agreeing at 2P
      const precision = scale * ctx.precision + (side === 'T→0⁺' && op.exactness === 'generic' ? e : 0);
      const N: Num<unknown> = op.exactness === 'generic' ? intervalNum(precision) : decimalNum(precision);
      return N.bounds(distances(N, op, w, side, [e])[0]);
    }),
  );
  const allowance = op.exactness === 'generic' ? 0 : ctx.decimalAllowance;
  if (!tail.every(([lo]) => new Decimal(lo).gt(GAP + allowance))) return undefined;
  return certificateFor(side, tail, EXPONENTS, op.exactness === 'generic' ? 'interval' : 'decimal-agreement');
}

function certifyFloat(op: SofteningOperator, w: string[], side: Side, ctx: CheckContext): Certificate | undefined {
  const I = intervalNum(ctx.precision);
  const tail = distances(I, op, w, side, FLOAT_EXPONENTS)
    .slice(-TAIL)
    .map((d) => I.bounds(d));
  if (!tail.every(([lo]) => new Decimal(lo).gt(GAP + ctx.floatAllowance))) return undefined;
  return certificateFor(side, tail, FLOAT_EXPONENTS, 'float-output');
}

const STORED_DIGITS = 50;

function certificateFor(side: Side, tail: Array<[string, string]>, exponents: number[], terms: TermKind): Certificate {
  const temps = exponents.slice(-TAIL).map((e) => (side === 'T→∞' ? `1e${e}` : `1e-${e}`));
  // terms at T = 10^-1000 carry up to a thousand digits: kept to 50, rounded outward
  const lo = Decimal.min(...tail.map(([l]) => l))
    .toSignificantDigits(STORED_DIGITS, Decimal.ROUND_FLOOR)
    .toString();
  const hi = Decimal.max(...tail.map(([, h]) => h))
    .toSignificantDigits(STORED_DIGITS, Decimal.ROUND_CEIL)
    .toString();
  return {
    kind: 'sequence-evidence',
    terms,
    quantity: `max_i |F_T(p)_i − limit_i| as ${side}, at T = ${temps.join(', ')}`,
    lo,
    hi,
    explanation: `Along the sequence T = ${temps.join(', ')} the distance to the ${side === 'T→∞' ? 'uniform distribution' : 'uniform distribution on the maximal indices'} stays ≥ ${GAP} (certified); the limit claimed by Axiom 5 is not approached on this sequence. A finite sequence is evidence, not a proof: only an operator that approaches its limit beyond T = ${temps.at(-1)} could show the same.`,
  };
}

/**
 * The limit of Axiom 5 on the given sides. A statement read on T ≥ 1 (or T ≤ 1) only makes a claim
 * about one limit; the axiom itself is both sides.
 */
export function limitCheck(sides: readonly Side[] = BOTH_SIDES): Check<{ w: string[] }> {
  const one = sides.length === 1 ? sides[0] : undefined;
  return {
    id: 'A5',
    ...(one ? { variant: one } : {}),
    title: one ? `Boundary limit ${one}` : 'Boundary limits T → 0⁺ and T → ∞',
    statement:
      one === 'T→∞'
        ? 'For all p ∈ Δ^V: F_T(p) → uniform as T → ∞.'
        : one === 'T→0⁺'
          ? 'For all p ∈ Δ^V: F_T(p) → one-hot at argmax p as T → 0⁺, tied maxima sharing equally.'
          : 'For all p ∈ Δ^V: F_T(p) → uniform as T → ∞; F_T(p) → one-hot at argmax p as T → 0⁺, tied maxima sharing equally.',
    domain: pointDomain,
    evidenceKind: 'certified-sequence',
    runs: 300,
    // terms at T = 10^-1000 need a thousand digits: search and minimisation share a dozen
    maxCertifications: 12,
    procedure: `distance to each limit along T = 10^{±e}, e ∈ {${EXPONENTS.join(', ')}} (float64: e ≤ 256); refuted when ≥ ${GAP} at the last ${TAIL} terms`,
    screen: (op, x) => screen(op, x, sides),
    certify: (op, x, ctx) => certify(op, x, ctx, sides),
  };
}

export const A5: Check<{ w: string[] }> = limitCheck();
