import type { Check } from './check.js';
import type { Domain } from './domains/domain.js';
import { float64, type Num } from './num/index.js';
import type { AuditedOperator } from './operator.js';
import type { SofteningOperator } from '../operators/softening/types.js';
import { certify } from '../counterexamples/certify.js';

/**
 * A universally quantified statement about an operator, written once as a margin: a quantity that
 * must be ≥ 0 (or > 0 when strict) at every instance of the domain.
 */
export interface PointwiseCheck<X, Op extends AuditedOperator = SofteningOperator> {
  readonly id: string;
  readonly variant?: string;
  readonly title: string;
  readonly statement: string;
  readonly strict: boolean;
  /** What the margin measures, for certificates ("min_i F_T(p)_i, −|Σ_i F_T(p)_i − 1|"). */
  readonly quantity: string;
  readonly domain: Domain<X>;
  readonly faultRefutes?: boolean;
  /** What a float64 candidate that does not certify means here (default: a float64 artefact). */
  readonly unconfirmed?: string;
  readonly maxCertifications?: number;
  readonly runs: number;
  margin<V>(N: Num<V>, op: Op, x: X): V;
  /**
   * Strict checks: the margin restricted to the comparisons that are well conditioned for a tie
   * decision on float64-only code (engine/certification/policy.ts, TIE_CONDITIONS). Without it, a
   * tie in float64-only code's outputs never refutes.
   */
  conditionedMargin?<V>(N: Num<V>, op: Op, x: X): V;
}

/** A pointwise check as the search sees it: screened in float64, certified by `certify`. */
export function pointwise<X, Op extends AuditedOperator = SofteningOperator>(def: PointwiseCheck<X, Op>): Check<X, Op> & { readonly pointwise: PointwiseCheck<X, Op> } {
  return {
    id: def.id,
    variant: def.variant,
    title: def.title,
    statement: def.statement,
    domain: def.domain,
    faultRefutes: def.faultRefutes,
    unconfirmed: def.unconfirmed,
    maxCertifications: def.maxCertifications,
    runs: def.runs,
    evidenceKind: 'search',
    procedure: `margin ${def.quantity} ${def.strict ? '> 0' : '≥ 0'} screened in float64, candidates certified`,
    pointwise: def,
    // strict margins are candidates at exactly 0 too: an equality is the violation they look for;
    // an operator undefined at x in float64 throws UndefinedOutput, which the probe turns into a
    // candidate for exact arithmetic to decide (engine/probe.ts)
    screen: (op, x, ctx) => {
      const m = def.margin(float64, op, x);
      return def.strict && m <= 0 ? Math.min(m, -ctx.screenTolerance * 2) : m;
    },
    tieScreen: def.conditionedMargin ? (op, x) => def.conditionedMargin!(float64, op, x) : undefined,
    certify: (op, x, ctx) => certify(def, op, x, ctx),
  };
}
