import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const kdaudit = (...args: string[]) =>
  spawnSync(process.execPath, ['bin/kdaudit.js', ...args], { encoding: 'utf8', timeout: 60_000 });

/** The modules `kdaudit …args` imports, as URLs (test/fixtures/import-log). */
function importsOf(...args: string[]): string[] {
  const log = join(mkdtempSync(join(tmpdir(), 'kdaudit-imports-')), 'imports.log');
  const run = spawnSync(process.execPath, ['--import', './test/fixtures/import-log/register.mjs', 'bin/kdaudit.js', ...args], {
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, KDAUDIT_IMPORT_LOG: log },
  });
  expect(run.status).toBe(0);
  return readFileSync(log, 'utf8').split('\n');
}

/** Dependencies that take seconds to load (zod: tens of milliseconds, and only commands that read or write files need it), and the modules behind the commands. */
const HEAVY =
  /\/node_modules\/(mathjs|ts-morph|decimal\.js|fast-check|zod)\/|\/(cli\/commands|properties|engine|axioms|operators)\//;

/** Every module of cli/commands/ is a command of that name. */
const commands = readdirSync('cli/commands').map((file) => file.replace(/\.ts$/, ''));

describe('start-up', () => {
  it('--version prints the version of package.json', () => {
    const run = kdaudit('--version');
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(`${JSON.parse(readFileSync('package.json', 'utf8')).version}\n`);
  });

  it('--help lists every command', () => {
    const run = kdaudit('--help');
    expect(run.status).toBe(0);
    expect(commands.length).toBeGreaterThan(0);
    for (const command of commands) expect(run.stdout).toMatch(new RegExp(`^  ${command} `, 'm'));
  });

  it('--help and --version load no command, claim, engine or heavy dependency', () => {
    for (const flag of ['--help', '--version']) {
      const imports = importsOf(flag);
      // the log itself works: the entry point and the command line are in it
      expect(imports.some((url) => url.endsWith('/cli/main.ts'))).toBe(true);
      const heavy = imports.filter((url) => HEAVY.test(url));
      expect(heavy).toEqual([]);
    }
  });

  it('list reads the claims without a TypeScript parser and without mathjs', () => {
    const imports = importsOf('list');
    expect(imports.some((url) => url.endsWith('/properties/sparse-kd/index.ts'))).toBe(true);
    expect(imports.filter((url) => /\/node_modules\/(mathjs|ts-morph|typescript)\//.test(url))).toEqual([]);
  });
});
