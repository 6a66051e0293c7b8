import { z } from 'zod';
import { auditConfigSchema, operatorAuditSchema, statementResultSchema } from '../../engine/result/model.js';
import { mutationAnalysisSchema } from '../../engine/result/mutation.js';
import { sameType } from '../../engine/result/same-type.js';
import { schemaVersionOf, toolSchema } from '../../engine/result/tool.js';
import type { MutationUnitResult, UnitResult } from './run-unit.js';
import type { Shard } from './shard.js';
import type { AuditUnit } from './units.js';

/** The schema of `audit.partial.json` (what `kdaudit audit --shard i/n` writes, `kdaudit merge` reads). */

const operatorUnit = z.strictObject({ kind: z.enum(['softening', 'aggregation']), operator: z.string() });
const statementUnit = z.strictObject({ kind: z.literal('statement'), id: z.string(), variant: z.string().optional() });
const mutationUnit = z.strictObject({ kind: z.literal('mutation'), operator: z.string(), maxMutants: z.int().positive() });

const mutationUnitResultSchema = z.strictObject({
  mutationOf: z.string(),
  analysis: mutationAnalysisSchema.optional(),
  failure: z.string().optional(),
});

/** A unit and its result, of the shape its kind gives. */
export const unitRunSchema = z.union([
  z.strictObject({ unit: operatorUnit, result: operatorAuditSchema }),
  z.strictObject({ unit: statementUnit, result: statementResultSchema }),
  z.strictObject({ unit: mutationUnit, result: mutationUnitResultSchema }),
]);

const shardSchema = z.strictObject({ index: z.int().positive(), count: z.int().positive() });

export const partialAuditSchema = z
  .strictObject({
    kind: z.literal('kdaudit-partial'),
    schemaVersion: schemaVersionOf(1),
    tool: toolSchema,
    config: auditConfigSchema,
    /** The same as config.effort (kept for partial files written before the config recorded it). */
    effort: z.number().positive(),
    shard: shardSchema,
    /** Every unit of the whole audit by key, in report order: what the shards together must cover, each exactly once. */
    units: z.array(z.string()),
    /** This shard's units and their results, in report order. */
    results: z.array(unitRunSchema),
  })
  .meta({
    title: 'kdaudit partial audit (audit.partial.json)',
    description: 'One shard of `kdaudit audit --shard i/n`, for `kdaudit merge`.',
  });

/** One shard's share of an audit: enough for `kdaudit merge` to check it belongs and to rebuild the reports. */
export type PartialAudit = z.infer<typeof partialAuditSchema>;

sameType<z.infer<typeof unitRunSchema>['unit'], AuditUnit>(true);
sameType<z.infer<typeof unitRunSchema>['result'], UnitResult>(true);
sameType<z.infer<typeof mutationUnitResultSchema>, MutationUnitResult>(true);
sameType<z.infer<typeof shardSchema>, Shard>(true);
