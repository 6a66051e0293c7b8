import { createRequire } from 'node:module';

type MathJs = typeof import('mathjs');
let loaded: MathJs | undefined;

/**
 * mathjs, loaded on first use (its CommonJS build, one instance for every caller). Importing it
 * takes 1.5–2 s (thousands of modules), and the claims that use it are imported by commands that
 * never evaluate them: `kdaudit list` reads their metadata only.
 */
export function mathjs(): MathJs {
  loaded ??= createRequire(import.meta.url)('mathjs') as MathJs;
  return loaded;
}
