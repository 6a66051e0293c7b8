import { InvalidArgumentError } from 'commander';

// Parsers of the command line's values, light enough for kdaudit --help (no engine import).

// InvalidArgumentError lets commander say which option and value were wrong before exiting
export function integer(value: string): number {
  const n = Number(value);
  if (!Number.isSafeInteger(n)) throw new InvalidArgumentError('not an integer');
  return n;
}

export function positive(value: string): number {
  const n = Number(value);
  if (!(n > 0 && Number.isFinite(n))) throw new InvalidArgumentError('not a positive number');
  return n;
}

export function wholeNonNegative(value: string): number {
  const n = Number(value);
  if (!(Number.isSafeInteger(n) && n >= 0)) throw new InvalidArgumentError('not a whole number of at least 0');
  return n;
}

export function wholePositive(value: string): number {
  const n = Number(value);
  if (!(Number.isSafeInteger(n) && n >= 1)) throw new InvalidArgumentError('not a whole number of at least 1');
  return n;
}

/** A worker cannot even start below a few MB, and would then fail silently (see bridge.ts). */
export function megabytes(value: string): number {
  const n = Number(value);
  if (!(Number.isSafeInteger(n) && n >= 32)) throw new InvalidArgumentError('not a whole number of MB of at least 32');
  return n;
}

/** The largest V of the large-vocabulary stage: LARGE_MAX_V of engine/domains/large-vocabulary.ts (a test keeps them equal). */
export const CLI_MAX_V = 262_144;

/** --max-V: the largest vocabulary the checks reach. */
export function vocabularySize(value: string): number {
  const n = Number(value);
  if (!(Number.isSafeInteger(n) && n >= 2 && n <= CLI_MAX_V))
    throw new InvalidArgumentError(`not an integer from 2 to ${CLI_MAX_V}`);
  return n;
}
