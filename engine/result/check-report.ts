import { z } from 'zod';
import { checkResultSchema } from './check-result.js';
import { exactnessSchema, runConfigSchema } from './model.js';
import { schemaVersionOf, toolSchema } from './tool.js';

/** Version of the JSON of `kdaudit check --json`. */
export const CHECK_SCHEMA_VERSION = 1;

/**
 * The JSON of `kdaudit check <module> --json`: one operator against its axioms, with what the
 * verdicts depend on (seed, effort, budget, precision). No wall times: the same seed and module
 * give the same bytes.
 */
export const checkReportSchema = z
  .strictObject({
    schemaVersion: schemaVersionOf(CHECK_SCHEMA_VERSION),
    tool: toolSchema,
    config: runConfigSchema,
    operator: z.string(),
    exactness: exactnessSchema,
    /** One result per axiom reading, in axiom order. */
    results: z.array(checkResultSchema),
  })
  .meta({
    title: 'kdaudit check --json',
    description: 'One operator of a plugin against Axioms A0–A5 (softening) or each reading of B1–B5 (aggregation).',
  });
export type CheckReport = z.infer<typeof checkReportSchema>;
