import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Paper } from './paper.js';

/**
 * The papers in the folders of `root`: each folder holding an `index.ts` (sources run by tsx) or
 * `index.js` (a compiled build keeping the layout) whose `paper` export is a Paper with that
 * folder's name as its id. Folders starting with '_' or '.' (the new-paper template) and folders
 * without an index are skipped; an index without a `paper`, or with another id, is an error, not
 * silently a missing paper. Papers come sorted by id, so the order never depends on the file system.
 */
export async function discoverPapers(root: URL): Promise<Paper[]> {
  const dir = fileURLToPath(root);
  const folders = readdirSync(dir)
    .filter((name) => !/^[_.]/.test(name) && statSync(join(dir, name)).isDirectory())
    .sort();
  const papers = await Promise.all(folders.map((folder) => loadPaper(join(dir, folder), folder)));
  return papers.filter((p): p is Paper => p !== undefined);
}

async function loadPaper(folder: string, name: string): Promise<Paper | undefined> {
  const index = ['index.ts', 'index.js'].map((file) => join(folder, file)).find(existsSync);
  if (!index) return undefined;
  const { paper } = (await import(pathToFileURL(index).href)) as { paper?: Paper };
  if (!paper?.manifest || !Array.isArray(paper.claims))
    throw new Error(`${index} does not export a paper (export const paper = definePaper({ manifest, claims }))`);
  if (paper.manifest.id !== name)
    throw new Error(`${index} exports paper ${JSON.stringify(paper.manifest.id)}; its folder must have that name`);
  return paper;
}
