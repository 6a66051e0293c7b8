import { describe, expect, it } from 'vitest';
import { runUnits } from '../../cli/parallel/run-units.js';
import { runTestUnit, type TestUnit } from '../fixtures/parallel/test-worker.js';

const BOOT = new URL('../../cli/parallel/worker-boot.mjs', import.meta.url);
const ENTRY = new URL('../fixtures/parallel/test-worker.ts', import.meta.url);

/** runUnits on the test worker, recording what the callbacks saw, in the order they saw it. */
async function run(units: TestUnit[], workers: number) {
  const events: string[] = [];
  const why: string[] = [];
  const results = await runUnits(units, {
    workers,
    boot: BOOT,
    entry: ENTRY,
    run: runTestUnit,
    context: { factor: 10 },
    memoryLimitMb: 64,
    failed: (unit, _, reason) => {
      why.push(reason);
      return -unit.value;
    },
    onStart: (unit) => events.push(`start ${unit.value}`),
    onMessage: (_, message) => events.push(String(message)),
    onFinish: (unit, result) => events.push(`finish ${unit.value} = ${result}`),
  });
  return { results, events, why };
}

describe('runUnits: independent units on a tinypool, results in the units’ order', () => {
  it('two workers: the slow first unit finishes last, yet its result comes first; every message of a unit precedes its finish', async () => {
    const units = [
      { value: 1, delayMs: 1500 },
      { value: 2, delayMs: 10 },
      { value: 3, delayMs: 10 },
    ];
    const { results, events } = await run(units, 2);
    expect(results).toEqual([10, 20, 30]);
    expect(events.indexOf('finish 2 = 20')).toBeLessThan(events.indexOf('finish 1 = 10'));
    for (const { value } of units) {
      const seen = [`start ${value}`, `${value} begins`, `${value} ends`, `finish ${value} = ${value * 10}`].map((e) =>
        events.indexOf(e),
      );
      expect(seen.every((i) => i >= 0)).toBe(true);
      expect([...seen].sort((a, b) => a - b)).toEqual(seen);
    }
  }, 60_000);

  it('one worker runs in this thread, in order, with the same results', async () => {
    const { results, events } = await run(
      [
        { value: 1, delayMs: 30 },
        { value: 2, delayMs: 0 },
      ],
      1,
    );
    expect(results).toEqual([10, 20]);
    expect(events).toEqual(['start 1', '1 begins', '1 ends', 'finish 1 = 10', 'start 2', '2 begins', '2 ends', 'finish 2 = 20']);
  });

  it('a runner that throws fails its unit alike in this thread and in a worker, and the run goes on', async () => {
    const units: TestUnit[] = [
      { value: 1, delayMs: 0, crash: 'throws' },
      { value: 2, delayMs: 0 },
    ];
    const [inThread, inWorkers] = [await run(units, 1), await run(units, 2)];
    expect(inThread.results).toEqual([-1, 20]);
    expect(inWorkers.results).toEqual(inThread.results);
    expect(inWorkers.why).toEqual(['unit 1 threw']);
    expect(inThread.why).toEqual(inWorkers.why);
  }, 60_000);

  it('a worker that dies (an uncaught error, out of memory) becomes the failed result of its unit only, and the run goes on', async () => {
    const units: TestUnit[] = [
      { value: 1, delayMs: 0 },
      { value: 2, delayMs: 50, crash: 'uncaught' },
      { value: 3, delayMs: 0 },
      { value: 4, delayMs: 0, crash: 'out-of-memory' },
      { value: 5, delayMs: 100 },
    ];
    const { results, why } = await run(units, 2);
    expect(results).toEqual([10, -2, 30, -4, 50]);
    expect(why).toHaveLength(2);
    expect(why.join(' ')).toContain('unit 2 crashed');
    expect(why.join(' ')).toMatch(/out of memory/i);
  }, 60_000);
});
