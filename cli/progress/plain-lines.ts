import { plainLineDue, progressSnapshot, progressText, PLAIN_LINE_INTERVAL_MS, type ProgressState } from './estimate.js';
import type { ProgressDisplay } from './display.js';

/**
 * Progress for a log (CI, a pipe, a file): every line stays, so a unit's start and each finding get
 * a line, and the progress itself a line only at each tenth of the expected work or every 30 s
 * (plainLineDue).
 */
export function plainLines(write: (line: string) => void): ProgressDisplay {
  let last: { share: number; at: number } | undefined;
  return {
    tickMs: PLAIN_LINE_INTERVAL_MS,
    started: (name, position, total) => write(`[${position}/${total}] ${name} …`),
    line: write,
    update(state: ProgressState, _running: readonly string[], now: number) {
      const snapshot = progressSnapshot(state, now);
      const at = { share: snapshot.share, at: now };
      const due = plainLineDue(last, at);
      // the first call is the start: it sets the clock of the 30 s lines, printed or not
      if (due || last === undefined) last = at;
      if (due) write(progressText(state, snapshot));
    },
    stop() {},
  };
}
