import type { CheckContext } from './context.js';
import type { Domain } from './domains/domain.js';
import type { Certificate, EvidenceKind } from './verdicts.js';
import type { AuditedOperator } from './operator.js';
import type { SofteningOperator } from './operators/softening.js';

/** A check's identity in the corpus and in replay: 'A0', or 'B1/hull' for a reading of B1. */
export function checkKey(check: { id: string; variant?: string }): string {
  return check.variant ? `${check.id}/${check.variant}` : check.id;
}

/**
 * A check of some instance type: lists of checks mix domains (simplex points, temperature pairs,
 * moves), and each check only ever meets instances of its own domain, so the instance type is
 * existential. TypeScript has no existential types; this one `any` stands for "some X".
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyCheck<Op extends AuditedOperator = SofteningOperator> = Check<any, Op>;

/**
 * What the search needs from any check (pointwise margins, limits along sequences, continuity by
 * jump search): a cheap float64 screen and a certifier that proves violations.
 */
export interface Check<X, Op extends AuditedOperator = SofteningOperator> {
  readonly id: string;
  /** The reading of the statement this check encodes, when the paper admits several. */
  readonly variant?: string;
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
  screen(op: Op, x: X, ctx: CheckContext): number;
  /**
   * Strict checks on user code: the float64 margin restricted to well-conditioned comparisons (see
   * engine/certification/policy.ts); a float64 tie is worth certifying only where it is ≤ 0 too.
   */
  tieScreen?(op: Op, x: X, ctx: CheckContext): number;
  /**
   * Instances derived from x where a violation may sit that random points almost never hit (A2: a
   * jump localised by bisecting a move that shows a gap); screened and certified like any other.
   */
  localise?(op: Op, x: X): X[];
  /** A proof that x violates the check, or undefined. */
  certify(op: Op, x: X, ctx: CheckContext): Certificate | undefined;
  /** What a float64 candidate that does not certify means for this check (a fidelity finding). */
  readonly unconfirmed?: string;
  /**
   * Exact evaluations allowed per run (default DEFAULT_MAX_CERTIFICATIONS, engine/probe.ts): a check whose float64 form is known to throw up
   * many artefacts (overflowing softmax) caps the cost of refuting them; the evidence says when it is hit.
   */
  readonly maxCertifications?: number;
  /** When the operator fails to return a valid array at x, is that itself a violation? (A0: yes.) */
  readonly faultRefutes?: boolean;
}
