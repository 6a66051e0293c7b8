import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const BIN = resolve('bin/kdaudit.js');
const PLUGIN = resolve('test/fixtures/plugins/nan.ts');

/** `kdaudit check` on an operator whose NaN outputs refute A0 at once, run from a fresh folder. */
function checkIn(cwd: string, ...extra: string[]) {
  const run = spawnSync(process.execPath, [BIN, 'check', PLUGIN, '--effort', '0.01', ...extra], {
    cwd,
    encoding: 'utf8',
    timeout: 120_000,
  });
  expect(run.status).toBe(1);
  return run;
}

describe("where kdaudit check stores a plugin's counterexamples", () => {
  it('by default in .kdaudit/corpus of the current folder, saying so beside the replay command', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'kdaudit-project-'));
    const { stderr } = checkIn(cwd);
    const [file] = readdirSync(join(cwd, '.kdaudit/corpus'));
    expect(file).toMatch(/^A0__returns-nan\.[0-9a-f]{8}\.json$/);
    expect(existsSync(join(cwd, 'counterexamples'))).toBe(false);
    expect(stderr).toContain(
      `replay: npx kdaudit replay .kdaudit/corpus/${file} --plugin ${PLUGIN}\n    counterexample stored in .kdaudit/corpus/${file}\n`,
    );
    // replayed on the next run, not written again
    expect(checkIn(cwd).stderr).not.toContain('counterexample stored');
  });

  it('in the folder --corpus names', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'kdaudit-project-'));
    const { stderr } = checkIn(cwd, '--corpus', 'found');
    expect(readdirSync(join(cwd, 'found'))).toHaveLength(1);
    expect(existsSync(join(cwd, '.kdaudit'))).toBe(false);
    expect(stderr).toMatch(/counterexample stored in found\/A0__returns-nan\.[0-9a-f]{8}\.json\n/);
  });
});
