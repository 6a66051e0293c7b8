import { readFileSync, statSync } from 'node:fs';
import { extname, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Boundary } from './boundary.js';
import { harvestSource, MAX_BOUNDARIES, type Harvest } from './harvest.js';

/** Source a harvest can read: TypeScript and JavaScript modules. */
const SOURCE_EXTENSIONS = new Set(['.ts', '.mts', '.cts', '.tsx', '.js', '.mjs', '.cjs', '.jsx']);
/** Larger modules are bundles, not an operator's code. */
const MAX_BYTES = 1 << 20;

/** Harvests by absolute path: every check of an audit harvests the same modules, and a module's text does not change during a run. */
const cache = new Map<string, Harvest>();

/** A module (a path or a file: URL, as in `import.meta.url`) harvested, or why it could not be. */
export function harvestModule(source: string): Harvest {
  const path = source.startsWith('file:') ? fileURLToPath(source) : source;
  let harvest = cache.get(path);
  if (!harvest) {
    harvest = read(path);
    cache.set(path, harvest);
  }
  return harvest;
}

function read(path: string): Harvest {
  // named relative to the working directory, so reports do not depend on where the checkout lives
  const module = relative(process.cwd(), path).split(sep).join('/');
  const unreadable = (reason: string): Harvest => ({ module, boundaries: [], found: 0, unreadable: reason });
  const extension = extname(path) || 'no extension';
  if (!SOURCE_EXTENSIONS.has(extname(path)))
    return unreadable(`not TypeScript or JavaScript source (${extension}): a native or compiled module`);
  try {
    if (statSync(path).size > MAX_BYTES) return unreadable(`larger than ${MAX_BYTES} bytes: a bundle, not an operator's source`);
    return harvestSource(readFileSync(path, 'utf8'), module);
  } catch (e) {
    return unreadable(`cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
}

/**
 * The boundaries of several modules (a composed operator's): comparisons of every module before
 * bare literals, each kind in module order; deduplicated by value and role; at most MAX_BOUNDARIES.
 */
export function boundariesOf(harvests: readonly Harvest[]): Boundary[] {
  const seen = new Set<string>();
  const out: Boundary[] = [];
  const all = harvests.flatMap((h) => h.boundaries);
  for (const b of [...all.filter((x) => x.kind === 'comparison'), ...all.filter((x) => x.kind === 'literal')]) {
    const key = `${b.value} ${b.role}`;
    if (!seen.has(key) && out.length < MAX_BOUNDARIES) out.push(b);
    seen.add(key);
  }
  return out;
}
