import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { paperIds } from '../../properties/registry.js';

/** Every file under a folder, recursively. */
const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)],
  );

/** The files of `dir` that name one of the papers, with the id they name (case-insensitive: 'Sparse-KD' names it too). */
export function filesNaming(dir: string, ids: readonly string[]): string[] {
  return filesUnder(dir).flatMap((file) => {
    const text = readFileSync(file, 'utf8').toLowerCase();
    return ids.filter((id) => text.includes(id.toLowerCase())).map((id) => `${file}: ${id}`);
  });
}

describe('no engine file names a paper', () => {
  it('holds for every paper of the registry', () => {
    const ids = paperIds();
    expect(ids.length).toBeGreaterThanOrEqual(2);
    expect(filesNaming('engine', ids)).toEqual([]);
  });

  it('would name the file that does', () => {
    // the registry's own ids are found where they occur (properties/ names them, by design)
    expect(filesNaming('properties/sparse-kd', paperIds()).length).toBeGreaterThan(0);
    expect(filesNaming('engine/paper', ['definePaper'])).toContain('engine/paper/paper.ts: definePaper');
  });
});
