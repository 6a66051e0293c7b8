import type { ProgressState } from './estimate.js';

/** Where progress is shown: plain lines for logs (plain-lines.ts), a live bar on a terminal (live-bar.ts). */
export interface ProgressDisplay {
  /** How often the reporter calls `update` while nothing finishes (ms). */
  tickMs: number;
  /** A unit has started: its name, its 1-based place in the report, the number of units. */
  started(name: string, position: number, total: number): void;
  /** A finding (a check's or statement's line), kept in the output for good. */
  line(text: string): void;
  /** The state after a unit finished, or at a tick; `running`: the units under way. */
  update(state: ProgressState, running: readonly string[], now: number): void;
  /** The run is over (finished or cut short): leave the terminal clean. */
  stop(): void;
}
