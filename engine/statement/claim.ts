import type { AnyCheck } from '../check.js';
import type { AuditedOperator } from '../operator.js';
import type { RunOptions } from '../run-check.js';
import type { StatementOutcome } from './outcome.js';

/** Where a statement sits in its paper. */
export interface PaperSource {
  /** The paper's id in the registry (the folder under properties/); `definePaper` checks it is the paper's own. */
  paper: string;
  /** The paper's own name for it: 'Theorem VII.1', 'Construction 2 (Theorem V.1)', 'Abstract: O(1/n) rate'. */
  label: string;
  /** Roman section number, 'Abstract' or 'Conclusion'. */
  section: string;
}

/**
 * One numbered statement of a paper as an executable claim (DESIGN.md, "Claims"). `evaluate` only
 * gathers evidence; `decideStatement` turns that evidence into the verdict, so no claim names its
 * own verdict.
 */
export interface StatementClaim {
  /** The discriminant among a paper's claims (engine/paper/claim.ts); absent means 'statement'. */
  readonly kind?: 'statement';
  /** '<paper>/theorem-VII.1'. */
  readonly id: string;
  /** The reading encoded, when the paper's text admits several ('as-typed', 'as-intended'). */
  readonly variant?: string;
  readonly source: PaperSource;
  /** The module that declares it (its import.meta.url): `kdaudit list` names the file without parsing it. */
  readonly declaredIn: string;
  readonly title: string;
  /** The statement in our own words. */
  readonly statement: string;
  /** The paper's assumptions, as stated. */
  readonly assumptions: readonly string[];
  /** Statements and axioms it uses ('A3', '<paper>/theorem-VIII.3'): the edges of the statement graph. */
  readonly dependsOn: readonly string[];
  /** Steps of the paper's derivation, each discharged on its own. */
  readonly obligations?: readonly Obligation[];
  /**
   * The checks its own evaluation searches, set by the helper that runs them (`universalStatement`,
   * …), never listed by hand: `checksOf` derives what the corpus may hold for the claim from it.
   */
  readonly checks?: ReadonlyArray<AnyCheck<AuditedOperator>>;
  evaluate(run: RunOptions): StatementOutcome;
}

/** One step of a derivation ("(14) ⇒ (15)"), checked on its own. */
export interface Obligation {
  /** The paper's step reference: '(13) ⇔ (14)', 'n* optimisation'. */
  readonly step: string;
  /** What has to be true for the step to go through. */
  readonly text: string;
  /** The checks the step searches, set by the helper that runs them (`searchedStep`). */
  readonly checks?: ReadonlyArray<AnyCheck<AuditedOperator>>;
  /** Claims the step evaluates (`claimStep`: the step is another claim's search); their checks are the step's too. */
  readonly parts?: readonly StatementClaim[];
  evaluate(run: RunOptions): StatementOutcome;
}

/**
 * Every check a statement's evaluation can search — its own, its steps', and those of the claims its
 * steps evaluate — found by walking the claim's structure: what the corpus may hold counterexamples
 * for, and so what `kdaudit replay` can re-certify.
 */
export function checksOf(claim: StatementClaim): ReadonlyArray<AnyCheck<AuditedOperator>> {
  const steps = (claim.obligations ?? []).flatMap((o) => [...(o.checks ?? []), ...(o.parts ?? []).flatMap(checksOf)]);
  return [...new Set([...(claim.checks ?? []), ...steps])];
}

/** A step that is another claim's evaluation ("(13) ⇔ (14)" searched as a statement of its own). */
export function claimStep(step: string, text: string, claim: StatementClaim): Obligation {
  return { step, text, parts: [claim], evaluate: (run) => claim.evaluate(run) };
}
