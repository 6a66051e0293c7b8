import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const scripts: Record<string, string> = JSON.parse(readFileSync('package.json', 'utf8')).scripts;

describe("the package's scripts", () => {
  it('run nothing when kdaudit is installed: the Chromium of the browser test comes with npm test', () => {
    for (const hook of ['preinstall', 'install', 'postinstall', 'prepare']) expect(scripts[hook], hook).toBeUndefined();
    expect(scripts.pretest).toBe('node scripts/ensure-chromium.mjs');
  });

  it('npm test type-checks, lints and checks the formatting before it runs the tests', () => {
    expect(scripts.test).toBe('tsc --noEmit && npm run lint && vitest run');
    expect(scripts.lint).toMatch(/^eslint \. && prettier --check /);
  });

  it('ensure-chromium does nothing where a Chromium is already there', () => {
    // any existing executable stands in for Chromium, so this never reaches apt-get
    const run = spawnSync(process.execPath, ['scripts/ensure-chromium.mjs'], {
      encoding: 'utf8',
      env: { ...process.env, CHROMIUM_PATH: process.execPath },
    });
    expect(run.status).toBe(0);
    expect(run.stdout + run.stderr).toBe('');
  });
});
