import { z } from 'zod';

/** The program that wrote a file: every output of kdaudit names it and its version. */
export const toolSchema = z
  .strictObject({
    name: z.literal('kdaudit'),
    version: z.string().regex(/^\d+\.\d+\.\d+/, { error: 'expected a version like "0.1.0"' }),
  })
  .meta({ id: 'Tool', description: 'The program that wrote the file, and its version.' });

/**
 * A file's `schemaVersion`: this version only. A reader of another version says which it got
 * and which it reads, instead of guessing at fields that may have changed meaning.
 */
export const schemaVersionOf = <V extends number>(version: V) =>
  z.literal(version, {
    error: (issue) =>
      issue.input === undefined ? `missing (expected ${version})` : `expected ${version}, got ${JSON.stringify(issue.input)}`,
  });
