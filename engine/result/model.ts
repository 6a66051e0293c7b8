import type { PaperSource } from '../statement/claim.js';
import type { CheckResult, Counterexample, Evidence, FidelityFinding, Verdict } from '../verdicts.js';
import type { Exactness } from '../operator.js';
import type { MutationAnalysis } from './mutation.js';

/** The one result model every renderer reads: plain, serialisable, exact numbers as strings. */
export const SCHEMA_VERSION = 1;

export interface OperatorAudit {
  operator: string;
  description: string;
  exactness: Exactness;
  /** One result per axiom reading, in axiom order (A0…A5, or B1/simplex…B5/reparametrised). */
  results: CheckResult[];
  /** Entropy against temperature at a few characteristic inputs, for the HTML report's plots (absent in older reports). */
  curves?: EntropyCurve[];
  /**
   * Wall time of each check in milliseconds, by check key: the one part of a result that depends on
   * the machine, kept apart so that everything else is identical for the same seed and inputs.
   */
  timings?: Record<string, number>;
  /** Mutation analysis of the operator's source (mutation/analyse.ts), when the audit ran it: score and kill matrix. */
  mutation?: MutationAnalysis;
  /** Why the audit's mutation analysis of the operator gave no result (its worker died), when it did not. */
  mutationFailure?: string;
}

/**
 * H(F_T(x)) in nats along log-spaced temperatures at one fixed input, computed in float64 with the
 * operator's own formula: a picture of how it softens, not evidence for a verdict.
 */
export interface EntropyCurve {
  /** What is characteristic about the input: 'interior', 'with zeros', 'with ties', … */
  label: string;
  /** The input, exactly: { p } for a softening operator, { p1, p2, w } for an aggregation operator. */
  input: Record<string, string | string[]>;
  /** [T, H] in increasing T; H is null where the output is not a probability vector (no entropy to plot). */
  points: Array<[number, number | null]>;
  /** The entropies the axioms expect as T → 0⁺ and T → ∞, and which axiom says so. */
  limits: { zero: number; infinity: number; reference: string };
}

export interface AuditConfig {
  seed: number;
  /** Search budget per operator, in milliseconds. */
  budgetMs: number;
  /** Digits of the certifying interval arithmetic. */
  precision: number;
  command: string;
}

export interface Audit {
  schemaVersion: typeof SCHEMA_VERSION;
  tool: { name: 'kdaudit'; version: string };
  config: AuditConfig;
  /** Softening operators × the papers' claims on them (Axioms A0–A5). */
  operators: OperatorAudit[];
  /** Aggregation operators × each reading of Axioms B1–B5 (absent in older reports). */
  aggregation?: OperatorAudit[];
  /** Existence and non-uniqueness of operators satisfying B1–B5, per combination of readings. */
  existence?: ExistenceClaim[];
  /** The papers' numbered statements as claims, in paper order (absent in older reports). */
  statements?: StatementResult[];
}

/** One statement of a paper: its verdict, what it rests on, and the status of each derivation step. */
export interface StatementResult {
  id: string;
  variant?: string;
  source: PaperSource;
  title: string;
  statement: string;
  assumptions: string[];
  dependsOn: string[];
  verdict: Verdict;
  certified: boolean;
  evidence: Evidence;
  /** A certified counterexample to the statement as stated. */
  counterexample?: Counterexample;
  /** For `conditional`: the smallest set of candidate assumptions under which nothing refutes it. */
  assumptionsNeeded?: string[];
  /** Candidate assumption sets tried, smallest first. */
  candidatesTried?: string[][];
  obligations: ObligationResult[];
  fidelity: FidelityFinding[];
  notes: string[];
  /** Why the search behind the verdict was cut short by the time budget, when it was (see CheckResult.incomplete). */
  incomplete?: string;
}

export interface ObligationResult {
  step: string;
  text: string;
  verdict: Verdict;
  certified: boolean;
  evidence: Evidence;
  counterexample?: Counterexample;
}

/**
 * A paper's existence and non-uniqueness theorems for one combination of readings (one per
 * axiom): the operators whose checks of those readings all hold, and — when two of them are
 * different functions — a point where their outputs are certified to differ.
 */
export interface ExistenceClaim {
  /** One reading per axiom, e.g. ['B1/simplex', 'B2/all-teachers', 'B3/kl', 'B4/joint-at-boundary', 'B5/commutes']. */
  readings: string[];
  witnesses: string[];
  distinct?: { a: string; b: string; at: Record<string, string | string[]>; coordinate: number; a_i: [string, string]; b_i: [string, string] };
}

/** Every operator of the audit, softening first. */
export const allOperators = (audit: Audit): OperatorAudit[] => [...audit.operators, ...(audit.aggregation ?? [])];
