import { readFileSync, statSync } from 'node:fs';
import type { z } from 'zod';
import { firstProblem } from './schema-problem.js';

/** A value read from outside and validated, or why it was refused: one line naming the field. */
export type Validated<T> = { value: T } | { problem: string };

/**
 * `raw` checked against `schema`: the value, or the first problem as `field.path[i]: what was expected`.
 * The value is `raw` itself, not zod's copy: the schemas have no defaults or transforms, so the two are
 * equal but for the order of keys (zod's follows the schema), and what is read back must serialise
 * byte for byte as it was written (a merged or resumed audit's JSON equals an uninterrupted one's).
 */
export function validateAgainst<S extends z.ZodType>(schema: S, raw: unknown): Validated<z.infer<S>> {
  const parsed = schema.safeParse(raw, { reportInput: true });
  return parsed.success ? { value: raw as z.infer<S> } : { problem: firstProblem(parsed.error.issues) };
}

/**
 * A JSON file checked against `schema`: too large (checked before reading), unreadable, not JSON
 * or not of the schema, each is one line; nothing throws.
 */
export function readJsonFile<S extends z.ZodType>(path: string, schema: S, maxBytes: number): Validated<z.infer<S>> {
  let text: string;
  try {
    const bytes = statSync(path).size;
    if (bytes > maxBytes) return { problem: `the file is larger than ${maxBytes} bytes (${bytes})` };
    text = readFileSync(path, 'utf8');
  } catch (e) {
    return { problem: `cannot be read (${oneLine(e)})` };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return { problem: `not valid JSON (${oneLine(e)})` };
  }
  return validateAgainst(schema, raw);
}

/** An error's message on one line (JSON.parse quotes the text it stopped at, newlines and all), at most 200 characters. */
const oneLine = (e: unknown) => {
  const message = (e instanceof Error ? e.message : String(e)).replace(/\s+/g, ' ').trim();
  return message.length > 200 ? `${message.slice(0, 199)}…` : message;
};
