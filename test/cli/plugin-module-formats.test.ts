import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { float64 } from '../../engine/num/index.js';
import { loadPlugin } from '../../plugin/load.js';

/**
 * A user's operator loads whatever its extension and the nearest package.json say: each
 * combination is written to a fresh folder outside the repository (whose own package.json would
 * otherwise decide) and loaded in the plugin worker, then called once.
 */
const packageJsons = {
  none: undefined,
  module: { type: 'module' },
  // what `npm init -y` writes: no "type", so CommonJS
  commonjs: { name: 'my-operators', version: '1.0.0', main: 'index.js' },
} as const;
type PackageType = keyof typeof packageJsons;

// temperature scaling: at T = 1/2, p = (1/4, 3/4) becomes (1/10, 9/10), which no identity-like bug returns
const body = (types: boolean) => {
  const [p, T, out] = types ? ['p: number[]', 'T: number', ': number[]'] : ['p', 'T', ''];
  const apply = `apply(${p}, ${T})${out} { const q = p.map((x) => x ** (1 / T)); const s = q[0] + q[1]; return q.map((x) => x / s); }`;
  return `{ kind: 'softening', name: 'formats', ${apply} }`;
};
const syntaxes = {
  esm: (types: boolean) => `export default ${body(types)};\n`,
  'module.exports': (types: boolean) => `module.exports = ${body(types)};\n`,
  'exports.default': (types: boolean) => `exports.default = ${body(types)};\n`,
};
type Syntax = keyof typeof syntaxes;

/** Each extension in each package type, in the syntax its author would write there. */
const cases: Array<[string, PackageType, Syntax]> = [];
for (const type of Object.keys(packageJsons) as PackageType[]) {
  const commonJs = type !== 'module';
  cases.push(['.ts', type, 'esm'], ['.mts', type, 'esm'], ['.mjs', type, 'esm']);
  // in a .cts, `export default` compiles to exports.default; written by hand it is module.exports
  cases.push(['.cts', type, 'esm'], ['.cts', type, 'module.exports']);
  if (commonJs) cases.push(['.js', type, 'module.exports'], ['.js', type, 'exports.default'], ['.js', type, 'esm']);
  else cases.push(['.js', type, 'esm']);
}

const root = mkdtempSync(join(tmpdir(), 'kdaudit-formats-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function write(extension: string, type: PackageType, syntax: Syntax): string {
  const folder = join(root, type);
  mkdirSync(folder, { recursive: true });
  const manifest = packageJsons[type];
  if (manifest) writeFileSync(join(folder, 'package.json'), JSON.stringify(manifest));
  const file = join(folder, `${syntax.replace('.', '-')}${extension}`);
  writeFileSync(file, syntaxes[syntax](extension.endsWith('ts')));
  return file;
}

function nearestPackageJson(folder: string): string | undefined {
  for (let dir = folder; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return join(dir, 'package.json');
    if (dirname(dir) === dir) return undefined;
  }
}

describe('a plugin loads in every module format', () => {
  it('the folder without a package.json has none above it either (else the test would not test that case)', () => {
    mkdirSync(join(root, 'none'), { recursive: true });
    expect(nearestPackageJson(join(root, 'none'))).toBeUndefined();
  });

  it.each(cases)('%s in a package of type %s, written with %s', (extension, type, syntax) => {
    const loaded = loadPlugin(write(extension, type, syntax), { callTimeoutMs: 5000 });
    if (!loaded.ok) throw new Error(loaded.error);
    try {
      expect(loaded.operator.name).toBe('formats');
      if (loaded.operator.kind !== 'softening') throw new Error('not a softening operator');
      const [a, b] = loaded.operator.apply(float64, [0.25, 0.75], 0.5);
      expect(a).toBeCloseTo(0.1, 15);
      expect(b).toBeCloseTo(0.9, 15);
    } finally {
      loaded.operator.close();
    }
  });

  it('CommonJS syntax where the package says ES module fails with a message saying so', () => {
    const loaded = loadPlugin(write('.js', 'module', 'module.exports'), { callTimeoutMs: 5000 });
    expect(loaded.ok ? '' : loaded.error).toContain('module is not defined in ES module scope');
  });
});
