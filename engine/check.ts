import type { CheckContext } from './context.js';
import type { Domain } from './domains/domain.js';
import type { Certificate, EvidenceKind } from './verdicts.js';
import type { SofteningOperator } from '../operators/softening/types.js';

/**
 * What the search needs from any check (pointwise margins, limits along sequences, continuity by
 * jump search): a cheap float64 screen and a certifier that proves violations.
 */
export interface Check<X> {
  readonly id: string;
  readonly title: string;
  readonly statement: string;
  readonly domain: Domain<X>;
  /** Random cases per search at effort 1 (the CLI's --effort scales it). */
  readonly runs: number;
  /** What a verdict of this check rests on. */
  readonly evidenceKind: EvidenceKind;
  /** One sentence on the procedure, for the evidence summary. */
  readonly procedure: string;
  /** Float64 screen: a value below −tolerance, or NaN, makes x a candidate. */
  screen(op: SofteningOperator, x: X, ctx: CheckContext): number;
  /** A proof that x violates the check, or undefined. */
  certify(op: SofteningOperator, x: X, ctx: CheckContext): Certificate | undefined;
  /** What a float64 candidate that does not certify means for this check (a fidelity finding). */
  readonly unconfirmed?: string;
  /** When the operator fails to return a valid array at x, is that itself a violation? (A0: yes.) */
  readonly faultRefutes?: boolean;
}
