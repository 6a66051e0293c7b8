import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { float64 } from '../../engine/num/index.js';
import { faultOf } from '../fixtures/fault-of.js';
import { softeningLoader } from '../fixtures/load-plugin.js';

const loadSoftening = softeningLoader();
const load = (name: string, callTimeoutMs: number, memoryLimitMb: number) =>
  loadSoftening(name, { callTimeoutMs, memoryLimitMb });

describe('a plugin that exhausts its memory', () => {
  it('is an out-of-memory fault naming the input, seen long before the time limit; later calls still work', () => {
    const op = load('allocates.ts', 30_000, 64);
    const started = Date.now();
    const fault = faultOf(() => op.apply(float64, [0.5, 0.5], 3));
    expect(fault.kind).toBe('out-of-memory');
    expect(fault.message).toContain('allocates at p = (0.5, 0.5), T = 3');
    expect(fault.message).toContain('64 MB');
    // two attempts (the retry on a fresh worker), each ended by the heap limit, not by the 30 s limit
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(op.apply(float64, [0.5, 0.5], 1)).toEqual([0.5, 0.5]);
  });

  it('the other side: a hang spanning many liveness probes is still a timeout, not out of memory', () => {
    const fault = faultOf(() => load('hangs.ts', 600, 64).apply(float64, [0.5, 0.5], 1000));
    expect(fault.kind).toBe('timeout');
  });

  // Node reports the worker's death as an 'error' event once the main thread's event loop runs:
  // unhandled, it killed the CLI after the run. The child process lets its event loop run.
  it('does not kill the process that called it', () => {
    const script = `
      import { loadPlugin } from '${process.cwd()}/plugin/load.ts';
      import { float64 } from '${process.cwd()}/engine/num/index.ts';
      const loaded = loadPlugin('test/fixtures/plugins/allocates.ts', { callTimeoutMs: 30000, memoryLimitMb: 64 });
      try { loaded.operator.apply(float64, [0.5, 0.5], 3); } catch (e) { console.error(e.kind); }
      setTimeout(() => { loaded.operator.close(); process.stdout.write('still alive'); }, 500);`;
    const file = join(mkdtempSync(join(tmpdir(), 'kdaudit-')), 'caller.ts');
    writeFileSync(file, script);
    const child = spawnSync(process.execPath, ['--import', 'tsx', file], { encoding: 'utf8', timeout: 60_000 });
    expect(child.stderr).toContain('out-of-memory');
    expect(child.stdout).toBe('still alive');
    expect(child.status).toBe(0);
  });
});
