import { describe, expect, it } from 'vitest';
import { importCycles, importGraph, sourceFiles } from './import-graph.js';

/**
 * The layers, lowest first (DESIGN.md, "Layers"). A module may import its own folder and any folder
 * of a strictly lower layer; folders of one layer do not import each other.
 */
const LAYERS: readonly (readonly string[])[] = [
  ['engine'],
  ['operators', 'plugin'],
  ['axioms'],
  ['properties', 'mutation'],
  ['reports'],
  ['cli', 'integrations'],
];
const FOLDERS = LAYERS.flat();
const layerOf = (folder: string) => LAYERS.findIndex((layer) => layer.includes(folder));
const folderOf = (module: string) => module.split('/')[0];

const graph = importGraph(process.cwd(), sourceFiles(process.cwd(), FOLDERS));

/** Imports that point up, or sideways into another folder of the same layer. */
export function layerViolations(edges: Map<string, string[]>): string[] {
  return [...edges].flatMap(([from, targets]) =>
    targets
      .filter((to) => FOLDERS.includes(folderOf(to)) && folderOf(to) !== folderOf(from))
      .filter((to) => layerOf(folderOf(to)) >= layerOf(folderOf(from)))
      .map((to) => `${from} → ${to}`),
  );
}

describe('layering', () => {
  it('reads the whole tree', () => {
    expect(graph.size).toBeGreaterThan(200);
    expect([...graph.values()].flat().length).toBeGreaterThan(600);
  });

  it('no lower layer imports a higher one', () => {
    expect(layerViolations(graph)).toEqual([]);
  });

  it('no module takes part in an import circle', () => {
    expect(importCycles(graph)).toEqual([]);
  });

  it('catches an upward import and a circle when there is one', () => {
    const bad = new Map([
      ['engine/a.ts', ['reports/b.ts']],
      ['reports/b.ts', ['engine/a.ts']],
      ['properties/c.ts', ['mutation/d.ts']],
      ['cli/e.ts', ['engine/a.ts']],
    ]);
    expect(layerViolations(bad)).toEqual(['engine/a.ts → reports/b.ts', 'properties/c.ts → mutation/d.ts']);
    expect(importCycles(bad)).toEqual([['engine/a.ts', 'reports/b.ts']]);
  });
});
