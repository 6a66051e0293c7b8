import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { paperTest, runNewPaper } from '../../cli/commands/new-paper.js';
import { EXIT } from '../../cli/exit-codes.js';
import { discoverPapers, isStatement } from '../../engine/paper/index.js';
import { runStatement } from '../../engine/statement/run-statement.js';
import { catalogueProblems } from '../properties/catalogue-problems.js';
import { RUN } from '../properties/sparse-kd/run-statement.js';

// A throwaway registry one level below the checkout, like properties/: the template's relative imports resolve as in a real paper.
const root = mkdtempSync(join(process.cwd(), '.tmp-papers-'));
const rootUrl = new URL(`${pathToFileURL(root).href}/`);
afterAll(() => rmSync(root, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());
const quiet = () =>
  [
    vi.spyOn(process.stdout, 'write').mockImplementation(() => true),
    vi.spyOn(console, 'error').mockImplementation(() => undefined),
  ] as const;

describe('kdaudit new-paper', () => {
  it('writes a skeleton that the registry discovers and that passes the catalogue check, its example claim holding', async () => {
    quiet();
    expect(runNewPaper('throwaway-kd', { dir: root })).toBe(EXIT.ok);
    for (const part of ['index.ts', 'manifest.ts', 'claims/theorem-1.ts', 'models/largest-mass.ts'])
      expect(existsSync(join(root, 'throwaway-kd', part)), part).toBe(true);
    const [paper] = await discoverPapers(rootUrl);
    expect(paper.manifest.id).toBe('throwaway-kd');
    expect(await catalogueProblems(paper, new URL('throwaway-kd/', rootUrl))).toEqual([]);
    const [claim] = paper.claims.filter(isStatement);
    expect(claim.id).toBe('throwaway-kd/theorem-1');
    expect(runStatement(claim, { ...RUN, effort: 0.2 }).verdict).toBe('holds');
  });

  it('the catalogue check fails the skeleton once its list names a statement with no claim', async () => {
    quiet();
    expect(runNewPaper('unfinished-kd', { dir: root })).toBe(EXIT.ok);
    const manifest = join(root, 'unfinished-kd', 'manifest.ts');
    writeFileSync(
      manifest,
      readFileSync(manifest, 'utf8').replace('numbered: [', "numbered: [{ id: 'unfinished-kd/lemma-2', where: '§2' }, "),
    );
    const paper = (await discoverPapers(rootUrl)).find((p) => p.manifest.id === 'unfinished-kd')!;
    expect(await catalogueProblems(paper, new URL('unfinished-kd/', rootUrl))).toEqual([
      'unfinished-kd/lemma-2 (§2) has no claim',
    ]);
  });

  it('refuses an id that is not a folder name, and a folder that exists (exit 2)', () => {
    const [, error] = quiet();
    expect(runNewPaper('Hinton KD', { dir: root })).toBe(EXIT.usage);
    expect(runNewPaper('throwaway-kd', { dir: root })).toBe(EXIT.usage);
    expect(error.mock.calls.map((c) => String(c[0]))).toEqual([
      expect.stringContaining('is not a paper id'),
      expect.stringContaining('exists already'),
    ]);
  });

  it('writes a test for the paper that runs the catalogue check', () => {
    expect(paperTest('some-kd')).toContain("import { paper } from '../../properties/some-kd/index.js';");
    expect(paperTest('some-kd')).toContain("catalogueProblems(paper, new URL('../../properties/some-kd/', import.meta.url))");
  });
});
