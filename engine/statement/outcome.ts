import type { CheckResult, Counterexample } from '../verdicts.js';

/**
 * What running a statement's check established. Each kind names the procedure the evidence rests
 * on; `decideStatement` maps it to a verdict.
 */
export type StatementOutcome =
  /** A universal statement searched for counterexamples, as stated and — when refuted — under candidate assumptions. */
  | { kind: 'searched'; asStated: CheckResult; rescue?: Rescue }
  /**
   * Discharged without sampling ('symbolic', 'exact', 'exhaustive' over a finite domain), or checked
   * on a grid of a larger domain ('grid': evidence, never a proof); refuted with a certified
   * counterexample by the same procedure.
   */
  | { kind: 'derived'; method: 'symbolic' | 'exact' | 'exhaustive' | 'grid'; detail: string; counterexample?: Counterexample }
  /** A free constant can be chosen to make every instance hold: no instance can refute it. */
  | { kind: 'free-constant'; constant: string; detail: string; instances: number; counterexample?: Counterexample }
  /** The assumptions cannot all be met (shown exactly), or the statement is true by its form alone. */
  | { kind: 'vacuous'; reason: 'unmeetable' | 'trivial'; detail: string }
  /** An existence statement: a witness, verified by the named procedure (search is evidence, not proof). */
  | { kind: 'witness'; witness?: string; verifiedBy: 'search' | 'exact'; detail: string; counterexample?: Counterexample }
  /** A definition or statement with no truth value to test; says why and what was checked about it. */
  | { kind: 'no-proposition'; detail: string }
  | { kind: 'failed'; detail: string };

/** The search under the reviewer's candidate assumptions of a statement refuted as stated. */
export interface Rescue {
  /** Candidate sets tried, smallest first. */
  tried: string[][];
  /** The first (smallest) set under which the search found nothing, with that search's result. */
  found?: { assumptions: string[]; result: CheckResult };
}
