import { createRequire } from 'node:module';

/**
 * ts-morph, loaded on the first harvest rather than at import: it brings the TypeScript compiler
 * (a third of a second to load), which commands that never harvest (`kdaudit list`, `replay`) must
 * not pay for.
 */
let loaded: typeof import('ts-morph') | undefined;

export function tsMorph(): typeof import('ts-morph') {
  loaded ??= createRequire(import.meta.url)('ts-morph') as typeof import('ts-morph');
  return loaded;
}
