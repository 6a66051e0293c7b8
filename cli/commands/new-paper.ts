import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PAPER_ID } from '../../engine/paper/paper.js';
import { EXIT } from '../exit-codes.js';

/** The checkout kdaudit runs from: its properties/ holds the papers and the template (properties/_template/). */
const CHECKOUT = fileURLToPath(new URL('../../', import.meta.url));
const TEMPLATE = join(CHECKOUT, 'properties', '_template');
/** The template's stand-in for the paper id, replaced in every file. */
const PLACEHOLDER = 'new-paper-id';

export interface NewPaperOptions {
  /** Folder of papers to write into (default: properties/ of this checkout, which the registry reads). */
  dir?: string;
}

/**
 * `kdaudit new-paper <id>`: copies properties/_template/ (manifest, an example claim in claims/, a
 * helper in models/, index.ts) to <dir>/<id>/ with the id filled in, and — in this checkout — a test
 * running the catalogue check on it. The skeleton passes that check as written. Exit 2 on an id
 * that is not a folder name or a folder that exists.
 */
export function runNewPaper(id: string, opts: NewPaperOptions): number {
  if (!PAPER_ID.test(id)) {
    console.error(`kdaudit: ${JSON.stringify(id)} is not a paper id: lower-case words joined by '-' (e.g. hinton-kd)`);
    return EXIT.usage;
  }
  const dir = opts.dir ?? join(CHECKOUT, 'properties');
  const target = join(dir, id);
  if (existsSync(target)) {
    console.error(`kdaudit: ${target} exists already`);
    return EXIT.usage;
  }
  writePaperSkeleton(target, id);
  const written = [target];
  if (!opts.dir) {
    const test = join(CHECKOUT, 'test', 'properties', `${id}.test.ts`);
    writeFileSync(test, paperTest(id));
    written.push(test);
  }
  process.stdout.write(
    `Wrote ${written.join(' and ')}. Next: the manifest (sections, numbered statements), one file per statement in claims/ (docs/writing-claims.md).\n`,
  );
  return EXIT.ok;
}

/** The template copied to `target` with `id` in place of the placeholder. */
export function writePaperSkeleton(target: string, id: string): void {
  mkdirSync(target, { recursive: true });
  cpSync(TEMPLATE, target, { recursive: true });
  for (const file of filesUnder(target)) writeFileSync(file, readFileSync(file, 'utf8').replaceAll(PLACEHOLDER, id));
}

const filesUnder = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? filesUnder(join(dir, name)) : [join(dir, name)]));

/** The paper's test in test/properties/: the catalogue check every paper passes. */
export const paperTest = (id: string) => `import { describe, expect, it } from 'vitest';
import { paper } from '../../properties/${id}/index.js';
import { catalogueProblems } from './catalogue-problems.js';

describe('${id}', () => {
  it('lists every statement with a claim, each in claims/<its numbering>.ts', async () => {
    expect(await catalogueProblems(paper, new URL('../../properties/${id}/', import.meta.url))).toEqual([]);
  });
});
`;
