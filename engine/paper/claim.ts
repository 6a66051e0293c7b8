import type { AnyCheck } from '../check.js';
import type { AggregationOperator } from '../operators/aggregation.js';
import type { SofteningOperator } from '../operators/softening.js';
import type { ExistenceClaim, OperatorAudit } from '../result/model.js';
import type { StatementClaim } from '../statement/claim.js';

/** The operator families a claim can quantify over: each is audited as a matrix of operators × claims. */
export type OperatorFamily = 'softening' | 'aggregation';

/** The operator type of a family. */
export type OperatorOf<F extends OperatorFamily> = F extends 'softening' ? SofteningOperator : AggregationOperator;

/**
 * A claim checked on every operator of a family, one reading per claim object. An `axiom` is what
 * the paper asks of an operator (bare id: 'A3', 'B1'); a `guarantee` is what the paper says follows
 * for every operator (id '<paper>/<label>'). Reports tell them apart by that id form, which
 * `definePaper` enforces, so no renderer needs to know a paper.
 */
export interface OperatorClaim<F extends OperatorFamily = OperatorFamily> {
  readonly kind: 'operator';
  readonly family: F;
  readonly role: 'axiom' | 'guarantee';
  readonly check: AnyCheck<OperatorOf<F>>;
}

/**
 * An existence statement over an operator family ("some operator satisfies the axioms, and more
 * than one does"), settled after the family's operators are audited: witnesses are operators whose
 * checks all hold. It yields one result per combination of readings it distinguishes.
 */
export interface ExistenceStatement {
  readonly kind: 'existence';
  /** '<paper>/<label>'. */
  readonly id: string;
  readonly family: 'aggregation';
  readonly title: string;
  settle(audits: readonly OperatorAudit[], operators: readonly AggregationOperator[]): ExistenceClaim[];
}

/**
 * Every claim of a paper is one of three kinds, told apart by `kind`:
 * - a statement (`StatementClaim`, kind absent or 'statement'): runs on its own and has its own verdict;
 * - an operator claim: an axiom or guarantee checked on every operator of a family;
 * - an existence statement: settled from the operator claims' results.
 */
export type Claim = StatementClaim | OperatorClaim | ExistenceStatement;

/** Is it a statement that runs on its own? */
export const isStatement = (claim: Claim): claim is StatementClaim => claim.kind === undefined || claim.kind === 'statement';

/** The claim's id in reports, the corpus and `kdaudit list` (an operator claim's is its check's). */
export const claimId = (claim: Claim): string => (claim.kind === 'operator' ? claim.check.id : claim.id);

/** The reading, when the claim is one of several readings of a statement. */
export const claimVariant = (claim: Claim): string | undefined =>
  claim.kind === 'operator' ? claim.check.variant : claim.kind === 'existence' ? undefined : claim.variant;

/** Checks of one family and role as operator claims, in the given order (the matrices' column order). */
export function operatorClaims<F extends OperatorFamily>(
  family: F,
  role: OperatorClaim['role'],
  checks: ReadonlyArray<AnyCheck<OperatorOf<F>>>,
): OperatorClaim<F>[] {
  return checks.map((check) => ({ kind: 'operator', family, role, check }));
}
