import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OUTPUT_CAP_BYTES } from '../../plugin/output.js';

/** A process that calls the plugin as `kdaudit check` does and then prints its own result on stdout. */
function callNoisy(...temperatures: number[]) {
  const script = `
    import { loadPlugin } from '${process.cwd()}/plugin/load.ts';
    import { float64 } from '${process.cwd()}/engine/num/index.ts';
    const loaded = loadPlugin('test/fixtures/plugins/noisy.ts', { callTimeoutMs: 10000 });
    for (const T of ${JSON.stringify(temperatures)}) loaded.operator.apply(float64, [0.5, 0.5], T);
    loaded.operator.close();
    process.stdout.write('{"result":"ours"}');`;
  const file = join(mkdtempSync(join(tmpdir(), 'kdaudit-')), 'caller.ts');
  writeFileSync(file, script);
  return spawnSync(process.execPath, ['--import', 'tsx', file], { encoding: 'utf8', timeout: 60_000 });
}

describe("a plugin's output", () => {
  it("goes to stderr as it is printed, every line prefixed with the operator's name; stdout stays ours", () => {
    const { stdout, stderr, status } = callNoisy(1, 2);
    expect(status).toBe(0);
    expect(stdout).toBe('{"result":"ours"}');
    // before the module has loaded, its name is not known: its file name stands in
    expect(stderr).toContain('[noisy.ts] loaded\n');
    for (const T of [1, 2]) {
      expect(stderr).toContain(
        `[noisy] log ${T}\n[noisy] error ${T}\n[noisy] info\n[noisy] second line\n[noisy] stdout write\n[noisy] stderr write\n`,
      );
    }
  });

  it('is capped, and one line says the rest was suppressed', () => {
    const { stdout, stderr } = callNoisy(5, 5, 1);
    expect(stdout).toBe('{"result":"ours"}');
    expect(stderr.match(/further output suppressed/g)).toHaveLength(1);
    expect(stderr).not.toContain('[noisy] log 1');
    expect(Buffer.byteLength(stderr)).toBeLessThan(OUTPUT_CAP_BYTES + 200);
    expect(Buffer.byteLength(stderr)).toBeGreaterThan(OUTPUT_CAP_BYTES);
  });
});
