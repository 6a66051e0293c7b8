import { z } from 'zod';
import { counterexampleSchema } from '../result/check-result.js';
import { schemaVersionOf } from '../result/tool.js';

/**
 * A stored minimal counterexample (one file per check × operator in a corpus folder), replayed
 * before any search on later runs. The schema checks the file's shape; whether `instance` is an
 * instance of the check's domain is the domain's to say (`instanceProblem` in corpus.ts).
 */
export const corpusEntrySchema = z
  .strictObject({
    schemaVersion: schemaVersionOf(1),
    /** The check's key: 'A5', 'B1/simplex', '<paper>/theorem-VII.1#…'. */
    check: z.string().min(1, { error: 'expected the check\'s name, got ""' }),
    /** The operator's name ('power', 'convex-mixing/clamped'), or the statement subject's. */
    operator: z.string(),
    /** The instance in the domain's own exact form (weights and temperatures as exact-number strings). */
    instance: z.unknown().refine((v) => v !== undefined, { error: "missing (the instance in its domain's exact form)" }),
    counterexample: counterexampleSchema,
  })
  .meta({
    title: 'kdaudit corpus entry',
    description: 'A stored minimal counterexample: replayed first on later runs, re-certified by `kdaudit replay <file>`.',
  });

/** A stored counterexample whose instance the domain of `check` reads as an X. */
export type CorpusEntry<X = unknown> = Omit<z.infer<typeof corpusEntrySchema>, 'instance'> & { instance: X };
