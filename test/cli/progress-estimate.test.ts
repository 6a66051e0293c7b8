import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { ProgressDisplay } from '../../cli/progress/display.js';
import { formatDuration, plainLineDue, progressSnapshot, progressText, type ProgressState } from '../../cli/progress/estimate.js';
import { liveBar } from '../../cli/progress/live-bar.js';
import { plainLines } from '../../cli/progress/plain-lines.js';
import { auditProgress } from '../../cli/progress.js';

/** A run of four units: three cheap statements (1 s each) and one expensive operator (27 s). */
const COSTS = [1, 1, 1, 27];
const state = (over: Partial<ProgressState>): ProgressState => ({
  units: 4,
  unitsDone: 0,
  totalWork: 30,
  workDone: 0,
  workAtStart: 0,
  startedAt: 1000,
  ...over,
});

describe('progress is the share of the expected work, not of the units', () => {
  it('three cheap units of four done are 10% of the work, the expensive one alone 90%', () => {
    expect(progressSnapshot(state({ unitsDone: 3, workDone: 3 }), 5000).share).toBeCloseTo(0.1);
    expect(progressSnapshot(state({ unitsDone: 1, workDone: 27 }), 5000).share).toBeCloseTo(0.9);
  });

  it('every unit done is 100% even when the costs summed in finishing order fall a rounding short', () => {
    expect(progressSnapshot(state({ unitsDone: 4, workDone: 29.999999 }), 5000)).toEqual({
      share: 1,
      elapsedMs: 4000,
      remainingMs: 0,
    });
    // but not before: one unit left is not done, whatever the sum says
    expect(progressSnapshot(state({ unitsDone: 3, workDone: 30 }), 5000).share).toBe(1);
    expect(progressSnapshot(state({ unitsDone: 3, workDone: 29 }), 5000).share).toBeLessThan(1);
  });
});

describe('the estimate of the time left', () => {
  it('is the work left at the rate so far: 10 of 30 done in 20 s leaves 40 s', () => {
    expect(progressSnapshot(state({ unitsDone: 1, workDone: 10 }), 21_000)).toEqual({
      share: 1 / 3,
      elapsedMs: 20_000,
      remainingMs: 40_000,
    });
  });

  it('is not given before any work has finished in this process', () => {
    expect(progressSnapshot(state({}), 21_000).remainingMs).toBeUndefined();
    expect(progressSnapshot(state({ unitsDone: 2, workDone: 2, workAtStart: 2 }), 21_000).remainingMs).toBeUndefined();
  });

  it('counts only the work done since a resumed run started: 15 done before, 5 more in 10 s leaves 20 s', () => {
    const resumed = state({ unitsDone: 3, workDone: 20, workAtStart: 15 });
    expect(progressSnapshot(resumed, 11_000).remainingMs).toBe(20_000);
    // counting the work done before it would promise 5 s
    expect(progressSnapshot({ ...resumed, workAtStart: 0 }, 11_000).remainingMs).toBe(5_000);
  });

  it('reads as one line', () => {
    const s = state({ unitsDone: 2, workDone: 12 });
    expect(progressText(s, progressSnapshot(s, 66_000))).toBe(
      '[2/4 done, 40% of the expected work, 1 min 05 s elapsed, about 1 min 38 s left]',
    );
    expect(progressText(state({}), progressSnapshot(state({}), 1000))).toBe(
      '[0/4 done, 0% of the expected work, 0 s elapsed, estimating the rest]',
    );
    expect([formatDuration(59_400), formatDuration(59_600), formatDuration(3_725_000)]).toEqual([
      '59 s',
      '1 min 00 s',
      '1 h 02 min',
    ]);
  });
});

describe('plain lines come at a modest rate', () => {
  const at = (share: number, seconds: number) => ({ share, at: seconds * 1000 });

  it('one per tenth of the work entered, or after 30 s without one, and the last once', () => {
    expect(plainLineDue(at(0.12, 0), at(0.19, 10))).toBe(false);
    expect(plainLineDue(at(0.12, 0), at(0.2, 10))).toBe(true);
    expect(plainLineDue(at(0.12, 0), at(0.12, 29.9))).toBe(false);
    expect(plainLineDue(at(0.12, 0), at(0.12, 30))).toBe(true);
    expect(plainLineDue(at(0.95, 0), at(1, 1))).toBe(true);
    expect(plainLineDue(at(1, 0), at(1, 40))).toBe(false);
  });

  it('none at the start of a fresh run, one at the start of a resumed run', () => {
    expect(plainLineDue(undefined, at(0, 0))).toBe(false);
    expect(plainLineDue(undefined, at(0.4, 0))).toBe(true);
  });

  it('a run of 40 equal units prints 10 progress lines, not 40', () => {
    const lines: string[] = [];
    const costs = new Array(40).fill(1);
    let now = 0;
    const progress = auditProgress(
      { names: costs.map((_, k) => `u${k}`), costs },
      plainLines((l) => lines.push(l)),
      () => now,
    );
    for (let k = 0; k < 40; k++) {
      progress.start(k);
      now += 1000;
      progress.finish(k);
    }
    progress.stop();
    const progressLines = lines.filter((l) => l.includes('expected work'));
    expect(progressLines).toHaveLength(10);
    expect(progressLines.at(-1)).toBe('[40/40 done, 100% of the expected work, 40 s elapsed, finished]');
    expect(lines.filter((l) => l.endsWith('…'))).toHaveLength(40);
  });
});

describe('auditProgress', () => {
  /** A display that records what it is asked to show. */
  function recording() {
    const updates: Array<{ share: number; done: number; running: readonly string[] }> = [];
    const display: ProgressDisplay = {
      tickMs: 60_000,
      started: () => {},
      line: () => {},
      update: (s, running, now) => void updates.push({ share: progressSnapshot(s, now).share, done: s.unitsDone, running }),
      stop: () => {},
    };
    return { updates, display };
  }

  it('weights each finished unit by its cost and names the units under way', () => {
    const { updates, display } = recording();
    const progress = auditProgress({ names: ['a', 'b', 'c', 'op'], costs: COSTS }, display, () => 0);
    progress.start(3);
    progress.start(0);
    progress.finish(0);
    expect(updates.at(-1)).toEqual({ share: 1 / 30, done: 1, running: ['op'] });
    progress.finish(3);
    expect(updates.at(-1)).toEqual({ share: 28 / 30, done: 2, running: [] });
    progress.stop();
  });

  it('a resumed run starts from the work its journal holds', () => {
    const { updates, display } = recording();
    const progress = auditProgress({ names: ['a', 'b', 'c', 'op'], costs: COSTS, finished: new Set([3]) }, display, () => 0);
    expect(updates[0]).toEqual({ share: 0.9, done: 1, running: [] });
    progress.stop();
  });
});

describe('the live bar on a terminal', () => {
  it('draws the share of the expected work, the units, the times and the running units, with findings above it, and flushes them at the end', () => {
    let written = '';
    const terminal = Object.assign(new PassThrough(), {
      isTTY: true,
      columns: 200,
      write: (chunk: string) => ((written += chunk), true),
    });
    const bar = liveBar(terminal as unknown as NodeJS.WriteStream);
    const s = state({ unitsDone: 1, workDone: 27, startedAt: 0 });
    bar.update(s, ['sparse-kd/lemma-VI.1', 'b', 'c'], 18_000);
    bar.line('  power  A5  refuted');
    bar.stop();
    // eslint-disable-next-line no-control-regex -- ANSI escapes start with ESC
    const plain = written.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, '');
    expect(plain).toContain(
      '90% of the expected work | 1/4 units | 18 s elapsed | about 2 s left | sparse-kd/lemma-VI.1, b + 1 more',
    );
    expect(plain).toContain('  power  A5  refuted\n');
  });
});
