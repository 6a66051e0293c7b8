import type { Check } from '../check.js';
import type { RunOptions } from '../run-check.js';
import type { StatementOutcome } from './outcome.js';

/** Where a statement sits in its paper. */
export interface PaperSource {
  paper: 'sparse-kd' | 'ensemble-kd' | 'hinton-kd';
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
  /** 'sparse-kd/theorem-VII.1'. */
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
  /** Statements and axioms it uses ('A3', 'sparse-kd/theorem-VIII.3'): the edges of the statement graph. */
  readonly dependsOn: readonly string[];
  /** Steps of the paper's derivation, each discharged on its own. */
  readonly obligations?: readonly Obligation[];
  /** The searched checks inside, so `kdaudit replay` can find a stored counterexample's check. */
  readonly checks?: ReadonlyArray<Check<any, any>>;
  evaluate(run: RunOptions): StatementOutcome;
}

/** One step of a derivation ("(14) ⇒ (15)"), checked on its own. */
export interface Obligation {
  /** The paper's step reference: '(13) ⇔ (14)', 'n* optimisation'. */
  readonly step: string;
  /** What has to be true for the step to go through. */
  readonly text: string;
  /** The searched checks inside the step, so `kdaudit replay` can find a stored counterexample's check. */
  readonly checks?: ReadonlyArray<Check<any, any>>;
  evaluate(run: RunOptions): StatementOutcome;
}

/** Every searched check of a statement and of its steps: what the corpus may hold counterexamples for. */
export const checksOf = (claim: StatementClaim): ReadonlyArray<Check<any, any>> => [...(claim.checks ?? []), ...(claim.obligations ?? []).flatMap((o) => o.checks ?? [])];
