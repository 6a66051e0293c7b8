import type { Domain } from './domains/domain.js';
import type { Num } from './num/index.js';
import type { AuditedOperator } from './operator.js';
import type { SofteningOperator } from './operators/softening.js';

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
