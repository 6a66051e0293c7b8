import { z } from 'zod';
import { exactNumber } from './exact-number.js';

/**
 * The keys of a described instance that hold a probability vector or a temperature: p, p1, p2, …,
 * T, T', T2. Their values must be exact numbers; the other keys are labels for people ("raised":
 * "teacher 1", "w": "equal") and hold any text.
 */
export const EXACT_KEY = /^(p|T)\d*'?$/;

const value = z.union([z.string(), z.array(z.string())], { error: 'expected a string or an array of strings' });

/**
 * An instance as reports show it (`Counterexample.instance`, `FidelityFinding.instance`, …): each
 * key a quantity, each value a string or a list of strings, exact where the key names a quantity.
 * The domain's own exact form (a corpus entry's top-level `instance`) is checked by its domain.
 */
export const describedInstance = z
  .record(z.string(), value)
  .superRefine((instance, ctx) => {
    for (const [key, v] of Object.entries(instance)) {
      if (!EXACT_KEY.test(key)) continue;
      const entries = Array.isArray(v) ? v.map((s, i) => [s, [key, i]] as const) : [[v, [key]] as const];
      for (const [s, path] of entries) {
        const parsed = exactNumber.safeParse(s);
        if (!parsed.success) ctx.addIssue({ code: 'custom', message: parsed.error.issues[0].message, path: [...path] });
      }
    }
  })
  .meta({
    id: 'DescribedInstance',
    description:
      'The instance as shown to people: key → string or list of strings. Keys p, p1, p2, …, T, T\', T2 (pattern ^(p|T)\\d*\'?$) hold exact numbers ("1/3", "0.5", "1e-337"); other keys are labels.',
  });
