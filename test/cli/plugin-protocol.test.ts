import { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { float64 } from '../../engine/num/index.js';
import { isOperatorFault } from '../../engine/operator-fault.js';
import { loadPlugin, type LoadedPlugin } from '../../plugin/load.js';
import { STATE, read, write } from '../../plugin/protocol.js';

const BOOT = new URL('../../plugin/worker-boot.mjs', import.meta.url);
const open: LoadedPlugin[] = [];
afterEach(() => open.splice(0).forEach((op) => op.close()));

describe('the wait for a request', () => {
  // The caller posts each request the instant the previous answer lands, after a varying delay of
  // a few nanoseconds, so that requests fall between any two reads the waiter makes. A race cannot
  // be forced: with the old loop (test the state, then wait on a second read of it) this test
  // failed in 4 runs out of 6 on a busy 2-core machine; with the fix it has not failed.
  it('never sleeps on a request posted while it was about to wait', async () => {
    const control = new Int32Array(new SharedArrayBuffer(8));
    const worker = new Worker(BOOT, {
      workerData: { entry: new URL('../fixtures/plugins/race-waiter.ts', import.meta.url).href, control: control.buffer },
    });
    try {
      Atomics.store(control, 0, STATE.response);
      let lost = -1;
      const stop = Date.now() + 4000;
      for (let round = 0; round < 300_000 && lost < 0 && Date.now() < stop; round++) {
        for (let d = 0; d < round % 61; d++) Atomics.load(control, 1);
        Atomics.store(control, 0, STATE.request);
        Atomics.notify(control, 0);
        // spin rather than wait: the next request must follow the answer as closely as possible;
        // the first round also covers the worker's start
        const until = Date.now() + (round === 0 ? 30_000 : 1000);
        for (let k = 0; Atomics.load(control, 0) !== STATE.response; k++) {
          if ((k & 4095) === 0 && Date.now() > until) {
            lost = round;
            break;
          }
        }
      }
      expect(lost).toBe(-1);
    } finally {
      await worker.terminate();
    }
  });
});

describe('the encoding', () => {
  it('carries NaN and ±∞, and leaves every string as it was, however it looks', () => {
    const control = new Int32Array(new SharedArrayBuffer(8));
    const data = new Uint8Array(new SharedArrayBuffer(4096));
    const strings = [
      '__NaN',
      '__Infinity',
      '__-Infinity',
      '__',
      '__proto__',
      'NaN',
      '{"nonFinite":"NaN"}',
      '\ud800 lone surrogate'.slice(1),
    ];
    const message = { values: [NaN, Infinity, -Infinity, -0, 1e-320], strings, nested: { nonFinite: 'NaN', other: 1 } };
    expect(write(control, data, STATE.response, message)).toBe(true);
    const back = read<typeof message>(control, data);
    expect(back.values).toEqual([NaN, Infinity, -Infinity, 0, 1e-320]);
    expect(back.strings).toEqual(strings);
    expect(back.nested).toEqual({ nonFinite: 'NaN', other: 1 });
  });

  it('a plugin named "__Infinity" that throws "__NaN", a value with no string form or a 100 MB message keeps its name and messages; its non-finite outputs arrive as numbers', () => {
    const result = loadPlugin('test/fixtures/plugins/hostile-name.ts', { callTimeoutMs: 2000 });
    if (!result.ok) throw new Error(result.error);
    const op = result.operator;
    open.push(op);
    if (op.kind !== 'softening') throw new Error('expected a softening operator');
    expect(op.name).toBe('__Infinity');
    expect(op.apply(float64, [0.5, 0.5], 1)).toEqual([0.5, 0.5]);
    expect(op.apply(float64, [0.5, 0.5], 4)).toEqual([NaN, Infinity, -Infinity]);
    const huge = `${'__'.repeat(500)}… (100000000 characters)`;
    for (const [T, thrown] of [
      [2, '__NaN'],
      [3, '__-Infinity'],
      [5, 'a value with no string form'],
      [6, huge],
    ] as const) {
      let fault: unknown;
      try {
        op.apply(float64, [0.5, 0.5], T);
      } catch (e) {
        fault = e;
      }
      expect(isOperatorFault(fault) && fault.kind).toBe('threw');
      expect((fault as Error).message).toBe(`__Infinity at p = (0.5, 0.5), T = ${T}: it threw: ${thrown}`);
    }
  });
});
