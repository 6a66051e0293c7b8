import type { Fraction } from 'mathjs';
import { mathjs } from '../../../engine/lazy-mathjs.js';
import { universalStatement } from '../../../engine/statement/universal.js';
import type { StatementClaim } from '../../../engine/statement/claim.js';
import type { StatementOutcome } from '../../../engine/statement/outcome.js';
import {
  convexMixingClamped,
  convexMixingExponential,
  convexMixingExtrapolated,
} from '../../../operators/softening/convex-mixing.js';
import { conformanceCandidates, conformanceCheck } from '../models/conformance.js';

const meta = {
  id: 'sparse-kd/construction-3',
  source: { paper: 'sparse-kd', label: 'Construction 3 (Theorem V.1)', section: 'V' },
  declaredIn: import.meta.url,
  title: 'Convex mixing toward uniform satisfies Axioms 1–5',
  dependsOn: ['sparse-kd/definition-IV.1', 'A0', 'A1', 'A2', 'A3', 'A4', 'A5'],
} as const;
const statement =
  'F_T(p) = α(T)·p + (1 − α(T))·u, with α : ℝ⁺ → [0, 1] strictly decreasing, α(1) = 1 and α(T) → 0 as T → ∞, satisfies Axioms 1–5.';

/** Bounds on one value α(T): [lo, hi], each end open or closed, in exact rationals. */
interface Bounds {
  lo: Fraction;
  loOpen: boolean;
  hi: Fraction;
  hiOpen: boolean;
}

const describe = (b: Bounds) => `${b.loOpen ? '(' : '['}${b.lo.toFraction()}, ${b.hi.toFraction()}${b.hiOpen ? ')' : ']'}`;
const empty = (b: Bounds) => b.lo.compare(b.hi) > 0 || (b.lo.equals(b.hi) && (b.loOpen || b.hiOpen));

/**
 * The conditions on α at the points T = 1/4 < 1/2 < 1 < 2 < 4, as constraints on the values
 * α(T_k): the codomain [0, 1], α(1) = 1, and α(T_k) > α(T_{k+1}). Lower bounds are propagated from
 * right to left (a value must exceed every value to its right), exactly; an empty set of allowed
 * values at some T_k shows the conditions cannot all be met. `codomainMax` is the paper's 1; tests
 * widen it to show the check can find the conditions meetable.
 */
export function alphaConditions(codomainMax = '1'): StatementOutcome {
  const { fraction } = mathjs();
  const Ts = ['1/4', '1/2', '1', '2', '4'];
  const bounds: Bounds[] = Ts.map((T) =>
    T === '1'
      ? { lo: fraction(1), loOpen: false, hi: fraction(1), hiOpen: false }
      : { lo: fraction(0), loOpen: false, hi: fraction(codomainMax), hiOpen: false },
  );
  for (let k = Ts.length - 2; k >= 0; k--) {
    const right = bounds[k + 1];
    // α(T_k) > α(T_{k+1}) ≥ lo(T_{k+1}): the lower bound moves left, and becomes open
    if (right.lo.compare(bounds[k].lo) >= 0) bounds[k] = { ...bounds[k], lo: right.lo, loOpen: true };
    if (empty(bounds[k])) {
      return {
        kind: 'vacuous',
        reason: 'unmeetable',
        detail: `α strictly decreasing with α(1) = 1 forces α(${Ts[k]}) > α(${Ts[k + 1]}) ≥ ${right.lo.toFraction()}, while α : ℝ⁺ → [0, ${codomainMax}] forces α(${Ts[k]}) ≤ ${codomainMax}: the allowed values of α(${Ts[k]}) form ${describe(bounds[k])}, which is empty (exact propagation over T ∈ {${Ts.join(', ')}}). No α meets the conditions on (0, 1); they are met on [1, ∞), e.g. by α(T) = 1/T.`,
      };
    }
  }
  return {
    kind: 'derived',
    method: 'exact',
    detail: `The conditions on α leave allowed values ${bounds.map((b, k) => `α(${Ts[k]}) ∈ ${describe(b)}`).join(', ')}.`,
  };
}

/**
 * The candidate assumptions, 'T ≥ 1' first: the conditions on α are meetable exactly there. (Sets of
 * one size are tried in list order, so this changes only how soon a rescue is found: certifying the
 * T → 0⁺ limit of α = e^(1−T), which the interior set must do, takes seconds.)
 */
const candidates = [...conformanceCandidates].sort((a, b) => Number(b.name === 'T ≥ 1') - Number(a.name === 'T ≥ 1'));

/** As stated: the conditions on α are unmeetable on (0, 1), shown exactly. */
export const construction3: StatementClaim = {
  ...meta,
  variant: 'as stated',
  statement,
  assumptions: ['α : ℝ⁺ → [0, 1]', 'α strictly decreasing', 'α(1) = 1', 'α(T) → 0 as T → ∞'],
  evaluate: () => alphaConditions(),
};

/** Reading: keep α strictly decreasing with α(1) = 1 and let it leave [0, 1] for T < 1 (α = 1/T, α = e^(1−T)). */
export const construction3Extrapolated = universalStatement(
  {
    ...meta,
    variant: 'α > 1 allowed for T < 1',
    statement,
    assumptions: ['α strictly decreasing, α(1) = 1, α(T) → 0 (the codomain [0, 1] dropped for T < 1)', 'p ∈ Δ^V', 'T > 0'],
  },
  conformanceCheck({
    id: meta.id,
    variant: 'α > 1 allowed for T < 1',
    operators: [convexMixingExtrapolated, convexMixingExponential],
    runs: 100,
  }),
  candidates,
);

/** Reading: keep α in [0, 1] and α(1) = 1 by clamping, α(T) = min(1, 1/T), giving up strict decrease on (0, 1]. */
export const construction3Clamped = universalStatement(
  {
    ...meta,
    variant: 'α clamped to 1 for T < 1',
    statement,
    assumptions: ['α = min(1, 1/T): in [0, 1], α(1) = 1, α → 0, strictly decreasing on [1, ∞) only', 'p ∈ Δ^V', 'T > 0'],
  },
  conformanceCheck({ id: meta.id, variant: 'α clamped to 1 for T < 1', operators: [convexMixingClamped], runs: 100 }),
  candidates,
);
