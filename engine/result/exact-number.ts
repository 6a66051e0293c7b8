import { z } from 'zod';

/**
 * The exact-number strings of kdaudit's files (docs/exact-numbers.md): every number that must be
 * read back exactly is a JSON string, never a JSON number, which would pass through a double.
 *
 * - a decimal: an optional leading `-`, digits, an optional fraction, an optional exponent
 *   (`2`, `0.125`, `-3.5`, `1e-337`, `1.5e+7`);
 * - a rational: an optional `-`, digits, `/`, a non-zero denominator (`1/3`, `-2/7`); no fraction
 *   or exponent inside it, and no spaces.
 * No `NaN`, `Infinity`, hex, `+` signs, leading or trailing spaces anywhere.
 */
export const DECIMAL_PATTERN = /^-?\d+(\.\d+)?([eE][+-]?\d{1,9})?$/;
export const RATIONAL_PATTERN = /^-?\d+\/0*[1-9]\d*$/;

/**
 * The longest exact-number string accepted: a mass of 1e-335 beside integers makes an exact
 * weight or a reduced fraction of a few hundred digits; 50-digit certificate bounds are far below.
 */
export const MAX_EXACT_LENGTH = 1200;

/** An exact decimal: temperatures, weights, enclosure bounds. */
export const exactDecimal = z
  .string()
  .max(MAX_EXACT_LENGTH, { error: `expected at most ${MAX_EXACT_LENGTH} characters` })
  .regex(DECIMAL_PATTERN, { error: 'expected a decimal string like "0.5", "2" or "1e-337"' })
  .meta({
    id: 'ExactDecimal',
    description: 'An exact decimal as a string: "0.5", "2", "-3.25", "1e-337" (docs/exact-numbers.md).',
  });

/** An exact rational or decimal: probabilities ("1/3"), temperatures, weights. */
export const exactNumber = z
  .string()
  .max(MAX_EXACT_LENGTH, { error: `expected at most ${MAX_EXACT_LENGTH} characters` })
  .regex(new RegExp(`${RATIONAL_PATTERN.source}|${DECIMAL_PATTERN.source}`), {
    error: 'expected a string like "1/3", "0.25" or "1e-337"',
  })
  .meta({
    id: 'ExactNumber',
    description: 'An exact number as a string: a rational "1/3" or a decimal "0.25", "1e-337" (docs/exact-numbers.md).',
  });

/**
 * One side of an enclosure [lo, hi]: an exact decimal, `Infinity`/`-Infinity` when the enclosure
 * is unbounded on that side, or `n/a` when the certificate is about a value that is not a number
 * (code that returned NaN has no enclosure).
 */
export const enclosureBound = z
  .union([exactNumber, z.enum(['Infinity', '-Infinity', 'n/a'])], {
    error: 'expected an exact number like "0.25", "1/3" or "1e-337", "Infinity", "-Infinity" or "n/a"',
  })
  .meta({ id: 'EnclosureBound' });
