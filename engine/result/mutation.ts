import type { CertificateKind, Verdict } from '../verdicts.js';

/** The kinds of change a mutant makes to an operator's source (mutation/mutators.ts applies them). */
export const MUTATORS = [
  'arithmetic',
  'comparison-boundary',
  'comparison-negation',
  'constant',
  'max-min',
  'dropped-normalisation',
  'dropped-term',
  'swapped-index',
  'loop-bound',
  'removed-branch',
] as const;
export type MutatorName = (typeof MUTATORS)[number];

/** Exact inputs: probabilities as rationals 'n/d', temperatures as decimal strings. */
export type Point = { p: string[]; T: string } | { teachers: string[][]; weights: string[]; T: string };

/** Version of the JSON of `kdaudit mutate` (and of the `mutation` field of an operator's audit). */
export const MUTATION_SCHEMA_VERSION = 1;

export const MUTANT_STATUSES = ['killed', 'survived', 'equivalent', 'error', 'timeout', 'no-coverage'] as const;
export type MutantStatus = (typeof MUTANT_STATUSES)[number];

/** What one axiom reading did to one mutant. */
export interface AxiomOutcome {
  axiom: string;
  verdict: Verdict;
  /** Cases screened in float64 and evaluated exactly: the evidence when nothing refuted it. */
  screened: number;
  exact: number;
  /** The certificate of the refutation, when it refuted. */
  certificate?: CertificateKind;
}

export interface MutantResult {
  id: string;
  mutator: MutatorName;
  line: number;
  column: number;
  diff: { original: string[]; mutated: string[] };
  status: MutantStatus;
  /** The axiom readings that refuted it (killed), each with its certificate kind. */
  killedBy?: Array<{ axiom: string; certificate: CertificateKind | 'none' }>;
  /** Every axiom reading run against it. */
  axioms?: AxiomOutcome[];
  /** Survived: a point where it is not shown equal to the original (certified: shown to compute something else), so it is not equivalent. */
  differsAt?: { point: Point; certified: boolean; original: string; mutant: string };
  /** Equivalent: what the equality rests on — at every point of the determining set, the 50-digit interval enclosures of its outputs and the original's overlap (no certified difference). */
  equivalence?: { kind: 'determining-set'; points: number; digits: number };
  /** error, timeout, no-coverage: why. */
  reason?: string;
}

export interface MutationCounts {
  generated: number;
  /** Changes whose result did not parse (dropped, not mutants). */
  invalid: number;
  /** Covered mutants beyond the cap, not run (the sample is deterministic for the seed). */
  notSampled: number;
  killed: number;
  survived: number;
  equivalent: number;
  error: number;
  timeout: number;
  noCoverage: number;
}

/** The mutation analysis of one operator. */
export interface MutationAnalysis {
  operator: string;
  kind: 'softening' | 'aggregation';
  /** The mutated module, relative to the working directory. */
  source: string;
  seed: number;
  effort: number;
  maxMutants: number;
  /** The original's verdict on every axiom reading; only those it holds (or proves) can kill a mutant. */
  baseline: Array<{ axiom: string; verdict: Verdict }>;
  axioms: string[];
  /** Numeric constants of the code, around which the determining set is built. */
  constants: string[];
  counts: MutationCounts;
  /** killed / (killed + survived), Stryker's score; null when nothing was killed or survived. */
  score: number | null;
  mutants: MutantResult[];
}

/** The JSON of `kdaudit mutate`: no wall times, so the same seed and inputs give the same bytes. */
export interface MutationReport {
  schemaVersion: typeof MUTATION_SCHEMA_VERSION;
  tool: { name: 'kdaudit'; version: string };
  seed: number;
  effort: number;
  analyses: MutationAnalysis[];
}
