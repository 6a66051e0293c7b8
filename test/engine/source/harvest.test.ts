import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { harvestSource, MAX_BOUNDARIES, MAX_LINE_LENGTH } from '../../../engine/source/harvest.js';
import { harvestModule } from '../../../engine/source/sources.js';
import { power } from '../../../operators/softening/power.js';
import { powerClassOperators } from '../../../operators/softening/power-class.js';

/** value, role, kind and line of each boundary: what a reader checks in the evidence. */
const summary = (text: string) => harvestSource(text, 'op.ts').boundaries.map((b) => `${b.value} ${b.role} ${b.kind} @${b.line}`);

describe('the harvester finds the constants and comparisons of operator sources', () => {
  it('comparisons with a constant side, in source order, each with the role its names suggest', () => {
    const source = [
      'export default {',
      '  apply(p: number[], T: number) {',
      '    const top = Math.max(...p);',
      '    if (T < 1e-3) return p;',
      '    return p.map((x) => (x < 1e-3 * top ? 0 : p[0] >= 0.5 ? x : x));',
      '  },',
      '};',
    ].join('\n');
    expect(summary(source)).toEqual(['0.001 temperature comparison @4', '0.001 ratio comparison @5', '0.5 mass comparison @5']);
  });

  it('folds constant expressions exactly: negatives, 2 ** -30, 1 / 3, module consts, consts of helper functions, nested expressions', () => {
    const source = [
      'const TINY = 2 ** -30;',
      'const THIRD = 1 / 3;',
      'function helper(w: number[], k: number) {',
      '  const CUT = (1 - 0.1) * 1;',
      '  return w[k] > CUT ? 1 : Math.exp(-(w[k] - THIRD) * 4);',
      '}',
      'export const apply = (x: number) => (x < -2.5e-7 ? TINY : x + 0.25 * (1 + x));',
    ].join('\n');
    expect(summary(source)).toEqual([
      '0.9 mass comparison @5',
      '-2.5e-7 mass comparison @7',
      '9.31322574615478515625e-10 unknown literal @1',
      '1/3 unknown literal @2',
      '4 mass literal @5',
      '0.25 mass literal @7',
    ]);
  });

  it('reads decimal.js and Num comparisons, clamps, and solves for the quantity compared (1/T > 1000.001 is T < 1000/1000001)', () => {
    const source = [
      "const a = (x: Decimal, T: Decimal) => x.lt('0.05') || new D(1).div(T).gt('1000.001');",
      'const b = (N: Num<V>, T: V, w: V) => N.le(N.ratio("1", "4"), w) && N.lt(T, N.of(2));',
      'const c = (x: number) => Math.min(Math.max(x, 0.125), 0.875);',
      'const d = (x: Decimal, top: Decimal) => x.lt(top.times("0.0009995"));',
    ].join('\n');
    expect(summary(source)).toEqual([
      '0.05 mass comparison @1',
      '1000/1000001 temperature comparison @1',
      '0.25 mass comparison @2',
      '2 temperature comparison @2',
      '0.875 mass comparison @3',
      '0.125 mass comparison @3',
      '0.0009995 ratio comparison @4',
    ]);
  });

  it('leaves out what is not a branch point: bare 0 and 1, indices; a compared value is not repeated as a literal', () => {
    const source = 'const F = (p: number[], T: number) => (p[2] > 0.3 ? p.map((x) => (x + 0) * 1 * 0.3) : p);';
    expect(summary(source)).toEqual(['0.3 mass comparison @1']);
  });

  it('is deterministic, deduplicated and capped, comparisons first', () => {
    const comparisons = Array.from({ length: MAX_BOUNDARIES + 10 }, (_, i) => `  if (x > ${i + 2} / 1000) return 'branch ${i}';`);
    const opening = ['const f = (x: number) => {', '  const y = x * 0.77;', "  if (x > 2 / 1000) return 'again';"];
    const source = [...opening, ...comparisons, '  return y;', '};'].join('\n');
    const once = harvestSource(source, 'op.ts');
    expect(harvestSource(source, 'op.ts')).toEqual(once);
    expect(once.found).toBe(MAX_BOUNDARIES + 11);
    expect(once.boundaries).toHaveLength(MAX_BOUNDARIES);
    expect(once.boundaries.every((b) => b.kind === 'comparison')).toBe(true);
    expect(once.boundaries.filter((b) => b.value === '0.002')).toHaveLength(1);
  });
});

describe('a source the harvester cannot read is reported with the reason', () => {
  it('minified, unparsable, native, missing', () => {
    const minified = `const x = [${'0.5,'.repeat(MAX_LINE_LENGTH / 4)}];`;
    expect(harvestSource(minified, 'min.js').unreadable).toBe('minified or generated (line 1 is longer than 1000 characters)');
    expect(harvestSource('export const f = (x) => x <;', 'bad.ts').unreadable).toMatch(
      /^does not parse: Expression expected\. \(line 1\)/,
    );
    const dir = mkdtempSync(join(tmpdir(), 'kdaudit-harvest-'));
    writeFileSync(join(dir, 'op.node'), 'binary');
    expect(harvestModule(join(dir, 'op.node')).unreadable).toMatch(/native or compiled module/);
    expect(harvestModule(join(dir, 'missing.ts')).unreadable).toBe('cannot be read (ENOENT)');
    expect(harvestModule(join(dir, 'missing.ts')).boundaries).toEqual([]);
  });
});

describe('built-in operators have a source to harvest', () => {
  it('power branches nowhere (its search is unchanged); the power class branches at T = 1 (log1p)', () => {
    expect(power.sources?.map(harvestModule).flatMap((h) => h.boundaries)).toEqual([]);
    const log1p = powerClassOperators.find((op) => op.name === 'power-class/log1p(x/T)')!;
    const [harvest] = log1p.sources!.map(harvestModule);
    expect(harvest.module).toBe('operators/softening/power-class.ts');
    expect(harvest.boundaries.map((b) => `${b.value} ${b.role} ${b.text}`)).toEqual(['1 temperature N.lt(T, N.of(1))']);
  });
});
