import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { corpusEntrySchema } from '../engine/counterexamples/corpus-entry.js';
import { checkReportSchema } from '../engine/result/check-report.js';
import { auditSchema } from '../engine/result/model.js';
import { mutationReportSchema } from '../engine/result/mutation.js';
import { partialAuditSchema } from './parallel/partial-schema.js';

/**
 * Every file kdaudit writes for programs to read, with the zod schema it is validated against and
 * typed by; schemas/<file> is its JSON Schema, generated from that zod schema (`npm run schemas`)
 * and checked by a test to be what the schema generates now.
 */
export const OUTPUT_SCHEMAS = [
  { file: 'audit.schema.json', schema: auditSchema },
  { file: 'check.schema.json', schema: checkReportSchema },
  { file: 'mutation.schema.json', schema: mutationReportSchema },
  { file: 'corpus-entry.schema.json', schema: corpusEntrySchema },
  { file: 'partial.schema.json', schema: partialAuditSchema },
] as const;

/** Where the package's schemas are published; a schema's `$id` is this followed by its file name. */
export const SCHEMA_BASE_URL = 'https://unpkg.com/kdaudit/schemas/';

/** The JSON Schema (draft 2020-12) of one output, as the text of its file. */
export function jsonSchemaText(output: (typeof OUTPUT_SCHEMAS)[number]): string {
  // the parts with an id (CheckResult, Counterexample, ExactNumber, …) once each, under $defs
  const { $schema, title, description, ...rest } = z.toJSONSchema(output.schema, { target: 'draft-2020-12' });
  return `${JSON.stringify({ $schema, $id: SCHEMA_BASE_URL + output.file, title, description, ...rest }, null, 2)}\n`;
}

/** Write every output's JSON Schema into `dir`; the paths written. */
export function writeOutputSchemas(dir: string): string[] {
  mkdirSync(dir, { recursive: true });
  return OUTPUT_SCHEMAS.map((output) => {
    const path = join(dir, output.file);
    writeFileSync(path, jsonSchemaText(output));
    return path;
  });
}
