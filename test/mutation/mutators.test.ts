import { readFileSync } from 'node:fs';
import { ts } from 'ts-morph';
import { describe, expect, it } from 'vitest';
import { generateMutants } from '../../mutation/generate.js';
import { MUTATORS } from '../../engine/result/mutation.js';

const read = (path: string) => readFileSync(path, 'utf8');
const SOURCES: Array<[string, string[] | 'default']> = [
  ['operators/softening/power.ts', ['power']],
  ['operators/softening/power-class.ts', ['powerClassOperators']],
  ['operators/aggregation/pools.ts', ['powerMeanPool', 'weightedMedian']],
  ['test/fixtures/mutation/branch-softening.ts', 'default'],
  ['test/fixtures/mutation/loop-softening.ts', 'default'],
];

function parses(source: string): boolean {
  const out = ts.transpileModule(source, {
    reportDiagnostics: true,
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
  });
  return (out.diagnostics ?? []).length === 0;
}

describe('mutant generation', () => {
  it.each(SOURCES)('every mutant of %s is a module that parses, with a unique stable id and its diff', (path, roots) => {
    const first = generateMutants(path, read(path), roots);
    const again = generateMutants(path, read(path), roots);
    expect(first.mutants.length).toBeGreaterThan(5);
    expect(first.mutants.map((m) => m.id)).toEqual(again.mutants.map((m) => m.id));
    expect(new Set(first.mutants.map((m) => m.id)).size).toBe(first.mutants.length);
    for (const m of first.mutants) {
      expect(parses(m.source), m.id).toBe(true);
      expect(m.diff.mutated.join('\n')).not.toBe(m.diff.original.join('\n'));
    }
    expect(parses(first.instrumented)).toBe(true);
  });

  it('covers every mutator on the fixtures and the pools, constants in nested expressions and helper functions included', () => {
    const all = SOURCES.flatMap(([path, roots]) => generateMutants(path, read(path), roots).mutants);
    expect(new Set(all.map((m) => m.mutator))).toEqual(new Set(MUTATORS));
    const branch = generateMutants('branch-softening.ts', read('test/fixtures/mutation/branch-softening.ts'), 'default');
    const changed = (m: { diff: { mutated: string[] } }) => m.diff.mutated.join('\n').trim();
    const ids = branch.mutants.map((m) => `${m.id} ${changed(m)}`);
    // the 1 of 1/T inside the helper's nested arrow, the 0.5 inside (1 - 0.5) / p.length
    expect(ids.some((s) => s.startsWith('constant@') && s.includes('(x / top) ** (0.999999 / T)'))).toBe(true);
    expect(ids.some((s) => s.includes('(1 - 0.5000005) / p.length'))).toBe(true);
    expect(ids.some((s) => s.includes('if (T >= 5)'))).toBe(true);
    expect(ids.some((s) => s.startsWith('dropped-normalisation@') && s.includes('0.5 * ((x))'))).toBe(true);
    expect(branch.constants).toEqual(expect.arrayContaining(['0', '1', '5', '0.5']));
  });

  it('marks changes outside the code the operator reaches as unreachable', () => {
    const source = read('operators/aggregation/pools.ts');
    const { mutants } = generateMutants('pools.ts', source, ['linearPool']);
    const reachable = mutants.filter((m) => m.reachable);
    expect(reachable.length).toBeGreaterThan(0);
    // the linear pool and the helpers above it are reached; the log pool, power means and median are not
    const lineOf = (text: string) => source.split('\n').findIndex((l) => l.includes(text)) + 1;
    expect(reachable.every((m) => m.line < lineOf('export const logPool'))).toBe(true);
    expect(mutants.some((m) => !m.reachable && m.line > lineOf('export const weightedMedian'))).toBe(true);
  });
});
