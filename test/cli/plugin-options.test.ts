import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

function kdaudit(...args: string[]) {
  const result = spawnSync(process.execPath, ['bin/kdaudit.js', ...args], { encoding: 'utf8', timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

// each run starts the CLI (seconds on a busy machine): one run per parser
describe('option values', () => {
  it.each([
    [['--seed', 'abc'], "error: option '--seed <n>' argument 'abc' is invalid. not an integer"],
    [['--budget', '-1'], "error: option '--budget <seconds>' argument '-1' is invalid. not a positive number"],
    [['--effort', '0'], "error: option '--effort <x>' argument '0' is invalid. not a positive number"],
  ])('check %j exits 2 and says which value is wrong', (option, message) => {
    const { code, stdout, stderr } = kdaudit('check', 'test/fixtures/plugins/power.ts', ...option);
    expect(stderr).toContain(message);
    expect(stdout).toBe('');
    expect(code).toBe(2);
  });

  it('replay takes --memory-limit too, at least 32 MB', () => {
    const { code, stderr } = kdaudit('replay', 'any.json', '--memory-limit', '16');
    expect(stderr).toContain(
      "error: option '--memory-limit <MB>' argument '16' is invalid. not a whole number of MB of at least 32",
    );
    expect(code).toBe(2);
  });

  it("--memory-limit reaches the plugin's worker: a module holding 400 MB cannot load under 64 MB", () => {
    const { code, stderr } = kdaudit('check', 'test/fixtures/plugins/big-at-import.ts', '--memory-limit', '64');
    expect(stderr).toContain(
      "cannot check test/fixtures/plugins/big-at-import.ts: the worker ended while loading: out of memory (the worker's heap limit is 64 MB",
    );
    expect(code).toBe(2);
  });
});
