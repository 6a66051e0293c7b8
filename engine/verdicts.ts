import type { Boundary } from './source/boundary.js';

/**
 * The closed verdict vocabulary (DESIGN.md). A verdict is always computed by running a check;
 * `decideVerdict` is the one place that turns evidence into a verdict word.
 */
export const VERDICTS = ['proved', 'holds', 'refuted', 'conditional', 'vacuous', 'unfalsifiable', 'error'] as const;
export type Verdict = (typeof VERDICTS)[number];

/** What a verdict rests on: the kind of procedure, not just a count. */
export type EvidenceKind =
  | 'search' // random + targeted search over a domain, candidates certified
  | 'corpus-replay' // a stored counterexample was replayed and still certifies
  | 'certified-sequence' // a limit judged along a certified sequence of temperatures
  | 'jump-search' // continuity judged by bisection with shrinking steps
  | 'symbolic' // an identity simplified to 0 by mathjs
  | 'exact' // exact (rational or certified interval) computation, no sampling
  | 'exhaustive' // every case of a finite domain evaluated exactly
  | 'grid' // every point of a finite grid of an infinite domain evaluated exactly: evidence, not proof
  | 'witness' // an existence statement settled by exhibiting an instance
  | 'free-constant' // every instance tried was rescued by choosing a free constant
  | 'vacuity' // the assumptions were shown unmeetable, or the statement true by form
  | 'reading' // a definition or a statement without a truth value, read for what it fixes
  | 'none';

export interface Evidence {
  kind: EvidenceKind;
  /** Cases screened in float64. */
  screened: number;
  /** Cases evaluated in decimal or interval arithmetic. */
  exact: number;
  /** Decimal digits of the certifying arithmetic. */
  precision: number;
  /** Human-readable account of the ranges searched and what the verdict rests on. */
  summary: string;
  /** Seed of the search, for replay. */
  seed: number;
  /** What the operator's source contributed to the search (engine/source/guide.ts), when it has a source that gave boundaries or could not be read. */
  guidance?: SourceGuidance;
}

/** The harvest of an operator's source and the boundaries a check's search tried. */
export interface SourceGuidance {
  /** Each source module: how many distinct boundaries it holds, or why it could not be read. */
  sources: Array<{ module: string; found: number; unreadable?: string }>;
  /** The boundaries the search placed instances at and around: value, role, source text and line. */
  tried: Boundary[];
  /** The share of random cases drawn at them ('none' when no boundary fits the check's instances). */
  share: string;
}

/**
 * What a certificate rests on (engine/certification/policy.ts decides which one a check may use).
 * Only 'interval' and 'exact-rational' are proofs; the others are stated for what they are.
 */
export type CertificateKind =
  | 'interval' // proof: outward-rounded interval enclosure of the quantity, on a generic formula
  | 'exact-rational' // proof: the quantity computed exactly in rational arithmetic
  | 'decimal-agreement' // the user's applyExact at two decimal precisions, both beyond the allowance
  | 'float-output' // float64-only code: the doubles it received and returned, taken exactly
  | 'sequence-evidence'; // a limit or continuity judged along a finite sequence: evidence, never a proof

/** How each term of a sequence certificate was established. */
export type TermKind = Exclude<CertificateKind, 'sequence-evidence'>;

export interface Certificate {
  kind: CertificateKind;
  /** For 'sequence-evidence': how each term of the sequence was established. */
  terms?: TermKind;
  /** The violated quantity and its enclosure [lo, hi] as exact decimal strings. */
  quantity: string;
  lo: string;
  hi: string;
  /** What had to hold and why the enclosure refutes it. */
  explanation: string;
  /**
   * Float64-only code: the instance as the operator received it (the exact values of the doubles it
   * was called with), from which every exact quantity of the certificate was computed.
   */
  received?: Record<string, string | string[]>;
}

export interface Counterexample {
  /** The instance, exactly: probabilities as rationals ("1/3"), temperatures as decimals. */
  instance: Record<string, string | string[]>;
  certificate: Certificate;
  /** The fast-check seed and path that found it (before minimisation), when it came from search. */
  seed?: number;
  path?: string;
  /** The command that replays it. */
  replay: string;
  /** Size under the minimality order: V, then the largest denominator, then the temperature's complexity. */
  size: number[];
}

/** A float64 observation that did not certify: a fact about float64, not about the mathematics. */
export interface FidelityFinding {
  instance: Record<string, string | string[]>;
  message: string;
}

/** A problem with the operator's code itself (threw, hung, returned garbage, mutated its input). */
export interface OperatorFinding {
  instance: Record<string, string | string[]>;
  message: string;
}

export interface CheckResult {
  id: string;
  /** The reading checked, when the statement has several (B1 'simplex', 'hull', …). */
  variant?: string;
  title: string;
  verdict: Verdict;
  certified: boolean;
  evidence: Evidence;
  counterexample?: Counterexample;
  fidelity: FidelityFinding[];
  findings: OperatorFinding[];
  /** Notes such as "stored counterexample no longer fails". */
  notes: string[];
  /**
   * Why the check did not run to its stated counts, when it did not: the time budget (a safety net,
   * never the bound of a normal run) cut it short. The verdict then rests on less evidence than a
   * complete run, and a rerun on a faster machine may differ; the exit code says so too.
   */
  incomplete?: string;
  /**
   * For `conditional`: the assumption under which nothing refutes the check — the operator's domain
   * of definition, where it is undefined at some inputs (the certified counterexample is then such an input).
   */
  assumptionsNeeded?: string[];
}
