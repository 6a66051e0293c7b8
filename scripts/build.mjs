// npm run build (run by prepack): compiles the sources to dist/ with declaration files, keeping the
// folder layout (the registry of papers reads properties/ at run time), and copies the files the
// code loads at run time that tsc does not emit: the plain-JavaScript worker boots (*.mjs) and data
// (*.json, e.g. cli/parallel/unit-costs.json). The repository itself runs from its sources (bin/kdaudit.js).
import { execFileSync } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// plain JSON (no comments), so that its include list also names the folders to copy assets from
const tsconfig = JSON.parse(readFileSync(join(root, 'tsconfig.build.json'), 'utf8'));
const out = join(root, 'dist');
/** Files tsc does not emit but the code reads or starts at run time. */
const RUNTIME_ASSET = /\.(mjs|json)$/;

rmSync(out, { recursive: true, force: true });
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
execFileSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.build.json')], { stdio: 'inherit' });

let copied = 0;
for (const folder of tsconfig.include.filter((entry) => !entry.endsWith('.ts'))) {
  for (const file of readdirSync(join(root, folder), { recursive: true })) {
    if (!RUNTIME_ASSET.test(file)) continue;
    cpSync(join(root, folder, file), join(out, folder, file));
    copied++;
  }
}

// CommonJS consumers: the plugin types (plugin/types.ts imports types only, so its declarations
// hold in a .d.cts as they are), and a require() entry. Node 20 cannot require() an ES module; Node
// 22.12 and later can, so the entry tries and, failing, says what to write instead.
cpSync(join(out, 'plugin', 'types.d.ts'), join(out, 'index.d.cts'));
writeFileSync(
  join(out, 'index.cjs'),
  `try {
  module.exports = require('./index.js');
} catch (e) {
  if (e.code !== 'ERR_REQUIRE_ESM') throw e;
  throw new Error("kdaudit is an ES module, which this Node (" + process.version + ") cannot require(): load it with await import('kdaudit'). Types need no loading: import type { SofteningPlugin } from 'kdaudit'.", { cause: e });
}
`,
);
console.log(`kdaudit: built dist/ (${copied} run-time assets copied, CommonJS entry and types written)`);
