import { z } from 'zod';
import { certificateKindSchema, verdictSchema } from './check-result.js';
import { exactNumber } from './exact-number.js';
import { schemaVersionOf, toolSchema } from './tool.js';

/**
 * The mutation analysis of an operator (mutation/analyse.ts) and the JSON of `kdaudit mutate`, as
 * zod schemas; the types are inferred from them, so the published JSON Schema
 * (schemas/mutation.schema.json) and the code cannot disagree.
 */

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
export const pointSchema = z.union([
  z.strictObject({ p: z.array(exactNumber), T: exactNumber }),
  z.strictObject({ teachers: z.array(z.array(exactNumber)), weights: z.array(exactNumber), T: exactNumber }),
]);
export type Point = z.infer<typeof pointSchema>;

/** Version of the JSON of `kdaudit mutate` (and of the `mutation` field of an operator's audit). */
export const MUTATION_SCHEMA_VERSION = 1;

export const MUTANT_STATUSES = ['killed', 'survived', 'equivalent', 'error', 'timeout', 'no-coverage'] as const;
export type MutantStatus = (typeof MUTANT_STATUSES)[number];

const count = z.int().nonnegative();

/** What one axiom reading did to one mutant. */
export const axiomOutcomeSchema = z.strictObject({
  axiom: z.string(),
  verdict: verdictSchema,
  /** Cases screened in float64 and evaluated exactly: the evidence when nothing refuted it. */
  screened: count,
  exact: count,
  /** The certificate of the refutation, when it refuted. */
  certificate: certificateKindSchema.optional(),
});
export type AxiomOutcome = z.infer<typeof axiomOutcomeSchema>;

export const mutantResultSchema = z
  .strictObject({
    id: z.string(),
    mutator: z.enum(MUTATORS),
    line: count,
    column: count,
    diff: z.strictObject({ original: z.array(z.string()), mutated: z.array(z.string()) }),
    status: z.enum(MUTANT_STATUSES),
    /** The axiom readings that refuted it (killed), each with its certificate kind. */
    killedBy: z
      .array(z.strictObject({ axiom: z.string(), certificate: z.union([certificateKindSchema, z.literal('none')]) }))
      .optional(),
    /** Every axiom reading run against it. */
    axioms: z.array(axiomOutcomeSchema).optional(),
    /** Survived: a point where it is not shown equal to the original (certified: shown to compute something else), so it is not equivalent. */
    differsAt: z
      .strictObject({ point: pointSchema, certified: z.boolean(), original: z.string(), mutant: z.string() })
      .optional(),
    /** Equivalent: what the equality rests on — at every point of the determining set, the 50-digit interval enclosures of its outputs and the original's overlap (no certified difference). */
    equivalence: z.strictObject({ kind: z.literal('determining-set'), points: count, digits: count }).optional(),
    /** error, timeout, no-coverage: why. */
    reason: z.string().optional(),
  })
  .meta({
    id: 'MutantResult',
    description:
      'One mutant: where and how the source was changed, its status, and what killed it, where it differs, or why it is equivalent.',
  });
export type MutantResult = z.infer<typeof mutantResultSchema>;

export const mutationCountsSchema = z.strictObject({
  generated: count,
  /** Changes whose result did not parse (dropped, not mutants). */
  invalid: count,
  /** Covered mutants beyond the cap, not run (the sample is deterministic for the seed). */
  notSampled: count,
  killed: count,
  survived: count,
  equivalent: count,
  error: count,
  timeout: count,
  noCoverage: count,
});
export type MutationCounts = z.infer<typeof mutationCountsSchema>;

/** The mutation analysis of one operator. */
export const mutationAnalysisSchema = z
  .strictObject({
    operator: z.string(),
    kind: z.enum(['softening', 'aggregation']),
    /** The mutated module, relative to the working directory. */
    source: z.string(),
    seed: z.int(),
    effort: z.number().positive(),
    maxMutants: count,
    /** The original's verdict on every axiom reading; only those it holds (or proves) can kill a mutant. */
    baseline: z.array(z.strictObject({ axiom: z.string(), verdict: verdictSchema })),
    axioms: z.array(z.string()),
    /** Numeric constants of the code, around which the determining set is built. */
    constants: z.array(z.string()),
    counts: mutationCountsSchema,
    /** killed / (killed + survived), Stryker's score; null when nothing was killed or survived. */
    score: z.number().min(0).max(1).nullable(),
    mutants: z.array(mutantResultSchema),
  })
  .meta({
    id: 'MutationAnalysis',
    description:
      "The mutation analysis of one operator: which one-slip mutants of its source the axioms refute, the counts and Stryker's score killed / (killed + survived).",
  });
export type MutationAnalysis = z.infer<typeof mutationAnalysisSchema>;

/** The JSON of `kdaudit mutate`: no wall times, so the same seed and inputs give the same bytes. */
export const mutationReportSchema = z
  .strictObject({
    schemaVersion: schemaVersionOf(MUTATION_SCHEMA_VERSION),
    tool: toolSchema,
    seed: z.int(),
    effort: z.number().positive(),
    analyses: z.array(mutationAnalysisSchema),
  })
  .meta({
    title: 'kdaudit mutate --json',
    description: 'The mutation analysis of operators: which one-slip mutants the axioms refute.',
  });
export type MutationReport = z.infer<typeof mutationReportSchema>;
