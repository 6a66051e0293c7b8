import { z } from 'zod';
import type { Exactness } from '../operator.js';
import type { PaperSource } from '../statement/claim.js';
import { checkResultSchema, counterexampleSchema, evidenceSchema, findingSchema, verdictSchema } from './check-result.js';
import { describedInstance } from './described-instance.js';
import { exactNumber } from './exact-number.js';
import { mutationAnalysisSchema } from './mutation.js';
import { sameType } from './same-type.js';
import { schemaVersionOf, toolSchema } from './tool.js';

/**
 * The one result model every renderer reads: plain, serialisable, exact numbers as strings. Each
 * part is a zod schema and its type is inferred from it, so the types, the validation of files
 * read back and the published JSON Schema (schemas/audit.schema.json) are one source.
 */
export const SCHEMA_VERSION = 1;

export const exactnessSchema = z.enum(['generic', 'decimal', 'float64']);

/**
 * H(F_T(x)) in nats along log-spaced temperatures at one fixed input, computed in float64 with the
 * operator's own formula: a picture of how it softens, not evidence for a verdict.
 */
export const entropyCurveSchema = z
  .strictObject({
    /** What is characteristic about the input: 'interior', 'with zeros', 'with ties', … */
    label: z.string(),
    /** The input, exactly: { p } for a softening operator, { p1, p2, w } for an aggregation operator. */
    input: describedInstance,
    /** [T, H] in increasing T; H is null where the output is not a probability vector (no entropy to plot). */
    points: z.array(z.tuple([z.number(), z.number().nullable()])),
    /** The entropies the axioms expect as T → 0⁺ and T → ∞, and which axiom says so. */
    limits: z.strictObject({ zero: z.number(), infinity: z.number(), reference: z.string() }),
  })
  .meta({
    id: 'EntropyCurve',
    description:
      'H(F_T(x)) in nats along log-spaced temperatures at one input, in float64: a picture for the report, not evidence for a verdict.',
  });
export type EntropyCurve = z.infer<typeof entropyCurveSchema>;

export const operatorAuditSchema = z
  .strictObject({
    operator: z.string(),
    description: z.string(),
    exactness: exactnessSchema,
    /** One result per axiom reading, in axiom order (A0…A5, or B1/simplex…B5/reparametrised). */
    results: z.array(checkResultSchema),
    /** Entropy against temperature at a few characteristic inputs, for the HTML report's plots (absent in older reports). */
    curves: z.array(entropyCurveSchema).optional(),
    /**
     * Wall time of each check in milliseconds, by check key: the one part of a result that depends on
     * the machine, kept apart so that everything else is identical for the same seed and inputs.
     */
    timings: z.record(z.string(), z.number().nonnegative()).optional(),
    /** Mutation analysis of the operator's source (mutation/analyse.ts), when the audit ran it: score and kill matrix. */
    mutation: mutationAnalysisSchema.optional(),
    /** Why the audit's mutation analysis of the operator gave no result (its worker died), when it did not. */
    mutationFailure: z.string().optional(),
  })
  .meta({
    id: 'OperatorAudit',
    description:
      'One operator against its checks, with its entropy curves, the wall time of each check (the one machine-dependent part) and its mutation analysis when one ran.',
  });
export type OperatorAudit = z.infer<typeof operatorAuditSchema>;

/** What a result depends on besides the code: the same configuration gives the same verdicts. */
export const runConfigSchema = z
  .strictObject({
    seed: z.int(),
    /** Multiplier of the number of random cases per check (--effort). */
    effort: z.number().positive(),
    /** Search budget per operator, in milliseconds. */
    budgetMs: z.number().positive(),
    /** Digits of the certifying interval arithmetic. */
    precision: z.int().positive(),
  })
  .meta({
    id: 'RunConfig',
    description:
      'What the results depend on besides the code: seed, effort (multiplier of random cases), search budget in ms, digits of the certifying arithmetic.',
  });
export type RunConfig = z.infer<typeof runConfigSchema>;

export const auditConfigSchema = runConfigSchema.extend({
  /** The command line that reproduces the audit (options that do not change results left out). */
  command: z.string(),
});
export type AuditConfig = z.infer<typeof auditConfigSchema>;

export const paperSourceSchema = z.strictObject({
  paper: z.string(),
  label: z.string(),
  section: z.string(),
});

/** A paper whose statements the audit holds, as the reports title it. */
export const paperRefSchema = z.strictObject({ id: z.string(), title: z.string(), arxiv: z.string() }).meta({ id: 'PaperRef' });
export type PaperRef = z.infer<typeof paperRefSchema>;

const stepFields = {
  verdict: verdictSchema,
  certified: z.boolean(),
  evidence: evidenceSchema,
  counterexample: counterexampleSchema.optional(),
};

export const obligationResultSchema = z.strictObject({ step: z.string(), text: z.string(), ...stepFields });
export type ObligationResult = z.infer<typeof obligationResultSchema>;

/** One statement of a paper: its verdict, what it rests on, and the status of each derivation step. */
export const statementResultSchema = z
  .strictObject({
    id: z.string(),
    variant: z.string().optional(),
    source: paperSourceSchema,
    title: z.string(),
    statement: z.string(),
    assumptions: z.array(z.string()),
    dependsOn: z.array(z.string()),
    ...stepFields,
    /** For `conditional`: the smallest set of candidate assumptions under which nothing refutes it. */
    assumptionsNeeded: z.array(z.string()).optional(),
    /** Candidate assumption sets tried, smallest first. */
    candidatesTried: z.array(z.array(z.string())).optional(),
    obligations: z.array(obligationResultSchema),
    fidelity: z.array(findingSchema),
    notes: z.array(z.string()),
    /** Why the search behind the verdict was cut short by the time budget, when it was (see CheckResult.incomplete). */
    incomplete: z.string().optional(),
  })
  .meta({
    id: 'StatementResult',
    description:
      'One numbered statement of a paper: its verdict, evidence, counterexample and the status of each step of its derivation.',
  });
export type StatementResult = z.infer<typeof statementResultSchema>;

/**
 * A paper's existence and non-uniqueness theorems for one combination of readings (one per
 * axiom): the operators whose checks of those readings all hold, and — when two of them are
 * different functions — a point where their outputs are certified to differ.
 */
export const existenceClaimSchema = z
  .strictObject({
    /** One reading per axiom, e.g. ['B1/simplex', 'B2/all-teachers', 'B3/kl', 'B4/joint-at-boundary', 'B5/commutes']. */
    readings: z.array(z.string()),
    witnesses: z.array(z.string()),
    distinct: z
      .strictObject({
        a: z.string(),
        b: z.string(),
        at: describedInstance,
        coordinate: z.int().nonnegative(),
        a_i: z.tuple([exactNumber, exactNumber]),
        b_i: z.tuple([exactNumber, exactNumber]),
      })
      .optional(),
  })
  .meta({
    id: 'ExistenceClaim',
    description:
      "A paper's existence and non-uniqueness for one combination of readings: the operators satisfying all of them, and a point where two of them certifiably differ.",
  });
export type ExistenceClaim = z.infer<typeof existenceClaimSchema>;

/** `out/audit.json`: the whole audit. */
export const auditSchema = z
  .strictObject({
    schemaVersion: schemaVersionOf(SCHEMA_VERSION),
    tool: toolSchema,
    config: auditConfigSchema,
    /** Softening operators × the papers' claims on them (Axioms A0–A5). */
    operators: z.array(operatorAuditSchema),
    /** Aggregation operators × each reading of the papers' claims on them (B1–B5 and the guarantees; absent in older reports). */
    aggregation: z.array(operatorAuditSchema).optional(),
    /** Existence and non-uniqueness of operators satisfying B1–B5, per combination of readings. */
    existence: z.array(existenceClaimSchema).optional(),
    /** The papers' numbered statements as claims, in paper order (absent in older reports). */
    statements: z.array(statementResultSchema).optional(),
    /** The papers the statements come from, in the order the reports group them. */
    papers: z.array(paperRefSchema).optional(),
  })
  .meta({
    title: 'kdaudit audit (out/audit.json)',
    description: "Every audited operator against its axioms, the existence claims and the papers' numbered statements.",
  });
export type Audit = z.infer<typeof auditSchema>;

sameType<z.infer<typeof exactnessSchema>, Exactness>(true);
sameType<z.infer<typeof paperSourceSchema>, PaperSource>(true);

/** Every operator of the audit, softening first. */
export const allOperators = (audit: Audit): OperatorAudit[] => [...audit.operators, ...(audit.aggregation ?? [])];
