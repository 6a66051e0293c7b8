import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../atomic-write.js';
import type { Domain } from '../domains/domain.js';
import { readJsonFile } from '../result/read-json.js';
import { corpusEntrySchema, type CorpusEntry } from './corpus-entry.js';

export type { CorpusEntry } from './corpus-entry.js';

/** What reading a stored entry gives: the entry, or why it was not used. */
export type Loaded<X> = { entry: CorpusEntry<X> } | { invalid: string };

/** What storing an entry gives: where it was written, or why it could not be. */
export type Saved = { path: string } | { error: string };

/**
 * Files larger than this are rejected before they are read: a stored instance is a small minimal
 * counterexample (the committed ones are below 20 KiB), and parsing or replaying a huge one would
 * outlast any time budget.
 */
export const MAX_CORPUS_BYTES = 1024 * 1024;

/** Readable parts of a file name: sanitised, each cut to this many characters. */
const PREFIX_CHARS = 60;

/**
 * Read and validate one corpus file: size cap, JSON, the corpus entry schema (corpus-entry.ts;
 * a problem names the field: `counterexample.instance.p[2]: expected a string like "1/3"`). The
 * instance itself is validated by the check's domain (`instanceProblem`), which the caller knows
 * from `entry.check`.
 */
export function readCorpusFile(path: string): Loaded<unknown> {
  const read = readJsonFile(path, corpusEntrySchema, MAX_CORPUS_BYTES);
  return 'problem' in read ? { invalid: read.problem } : { entry: read.value };
}

/** Why a stored entry's instance is not an instance of the check's domain, or undefined. */
export function instanceProblem(entry: CorpusEntry, domain: Pick<Domain<unknown>, 'validate'>): string | undefined {
  try {
    return domain.validate(entry.instance);
  } catch (e) {
    return `the instance cannot be validated (${e instanceof Error ? e.message : String(e)})`;
  }
}

/**
 * One JSON file per check × operator under `dir`, named by a readable, length-limited sanitised
 * prefix and 8 hex digits of the SHA-256 of the raw names: `A5__power.1a2b3c4d.json`. Names that
 * sanitise alike (`a/b`, `a_b`) get different files; a 10 000-character name a short one.
 */
export class Corpus {
  static readonly MAX_BYTES = MAX_CORPUS_BYTES;

  constructor(readonly dir: string) {}

  pathFor(check: string, operator: string): string {
    return join(this.dir, corpusFileName(check, operator));
  }

  /**
   * The stored entry for check × operator, validated (size, JSON, schema, names, the domain's
   * `validate`), or the reason it is not used; undefined when there is none. An invalid entry is
   * never replayed: the next counterexample found replaces it.
   */
  load<X>(check: string, operator: string, domain: Pick<Domain<X>, 'validate'>): Loaded<X> | undefined {
    const path = this.pathFor(check, operator);
    if (!existsSync(path)) return undefined;
    const read = readCorpusFile(path);
    if ('invalid' in read) return read;
    const { entry } = read;
    if (entry.check !== check) return { invalid: `it is for check ${JSON.stringify(entry.check.slice(0, 80))}, not ${check}` };
    if (entry.operator !== operator)
      return { invalid: `it is for operator ${JSON.stringify(entry.operator.slice(0, 80))}, not ${operator.slice(0, 80)}` };
    const problem = instanceProblem(entry, domain as Pick<Domain<unknown>, 'validate'>);
    return problem ? { invalid: problem } : { entry: entry as CorpusEntry<X> };
  }

  /** Store an entry; a failed write (unwritable folder, ENOSPC, …) is returned, never thrown. */
  save<X>(entry: CorpusEntry<X>): Saved {
    const path = this.pathFor(entry.check, entry.operator);
    try {
      writeFileAtomic(path, JSON.stringify(entry, null, 2) + '\n');
      return { path };
    } catch (e) {
      return { error: `${path}: ${e instanceof Error ? e.message : String(e)}` };
    }
  }
}

/** The file name of check × operator (see {@link Corpus}). */
export function corpusFileName(check: string, operator: string): string {
  const safe = (s: string) => s.replace(/[^A-Za-z0-9._-]+/g, '_').slice(0, PREFIX_CHARS);
  const hash = createHash('sha256').update(check).update('\0').update(operator).digest('hex').slice(0, 8);
  return `${safe(check)}__${safe(operator)}.${hash}.json`;
}
