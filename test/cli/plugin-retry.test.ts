import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { float64 } from '../../engine/num/index.js';
import { isOperatorFault } from '../../engine/operator-fault.js';
import { softeningLoader } from '../fixtures/load-plugin.js';

const loadSoftening = softeningLoader();
const load = (name: string, callTimeoutMs: number) => loadSoftening(name, { callTimeoutMs });

describe('a call that stalls or crashes once', () => {
  it('is retried on a fresh worker: one stall is not a finding', () => {
    // the worker's environment is a copy of ours, taken when it starts
    process.env.KDAUDIT_STALL_MARKER = join(mkdtempSync(join(tmpdir(), 'kdaudit-')), 'stalled');
    try {
      expect(load('stalls-once.ts', 500).apply(float64, [0.25, 0.75], 1)).toEqual([0.25, 0.75]);
    } finally {
      delete process.env.KDAUDIT_STALL_MARKER;
    }
  });

  it('the other side: a call that hangs every time is a timeout fault, which says it was retried', () => {
    let fault: unknown;
    try {
      load('hangs.ts', 300).apply(float64, [0.5, 0.5], 1000);
    } catch (e) {
      fault = e;
    }
    expect(isOperatorFault(fault) && fault.kind).toBe('timeout');
    expect((fault as Error).message).toContain('retried once on a fresh worker');
  });

  it('a fast, correct operator on a machine kept busy by CPU hogs never times out', async () => {
    const hogs = [0, 1, 2].map(() => spawn(process.execPath, ['-e', 'for(;;){}'], { stdio: 'ignore' }));
    try {
      const op = load('power.ts', 2000);
      const faults: string[] = [];
      let calls = 0;
      for (const stop = Date.now() + 3000; Date.now() < stop; calls++) {
        try {
          op.apply(float64, [0.25, 0.75], 1 + (calls % 7));
        } catch (e) {
          faults.push((e as Error).message);
        }
      }
      expect(faults).toEqual([]);
      expect(calls).toBeGreaterThan(100);
    } finally {
      hogs.forEach((hog) => hog.kill());
    }
  });
});
