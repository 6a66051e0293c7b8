/**
 * How far a run is and how long the rest should take, as pure functions of the work done and the
 * time: no clock is read here (the caller passes `now`), so the numbers are testable.
 *
 * Work is each unit's expected cost from the cost table (cli/parallel/unit-costs.json), not a count
 * of units: a statement that takes a tenth of a second and an aggregation operator that takes a
 * minute are not equal steps (by count the default audit showed 27% done at 65% of its time).
 */
export interface ProgressState {
  /** Units of the run, and how many have finished. */
  units: number;
  unitsDone: number;
  /** Expected work of every unit of the run, and of the finished ones (same unit as the cost table). */
  totalWork: number;
  workDone: number;
  /** Work already finished when this process started (a resumed run): it says nothing about this machine's speed. */
  workAtStart: number;
  /** When this process started running units (ms, any clock the caller keeps to). */
  startedAt: number;
}

/** What a progress display shows. */
export interface ProgressSnapshot {
  /** Share of the expected work done, 0–1 (1 exactly when every unit has finished). */
  share: number;
  elapsedMs: number;
  /** Estimated time left, from this process's rate so far; undefined until some work has finished here. */
  remainingMs?: number;
}

/** The share done and the time left at `now`: work still to do at the rate this process has worked so far. */
export function progressSnapshot(state: ProgressState, now: number): ProgressSnapshot {
  const elapsedMs = Math.max(0, now - state.startedAt);
  // costs summed in finishing order may fall a rounding short of the total: the last unit is 100%
  const share = state.unitsDone >= state.units ? 1 : state.totalWork > 0 ? Math.min(1, state.workDone / state.totalWork) : 0;
  if (share === 1) return { share, elapsedMs, remainingMs: 0 };
  const workedHere = state.workDone - state.workAtStart;
  if (workedHere <= 0 || elapsedMs === 0) return { share, elapsedMs };
  return { share, elapsedMs, remainingMs: (elapsedMs * (state.totalWork - state.workDone)) / workedHere };
}

/** A duration as people read it: '42 s', '3 min 05 s', '1 h 02 min'. */
export function formatDuration(ms: number): string {
  const seconds = Math.round(ms / 1000);
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes} min ${String(seconds % 60).padStart(2, '0')} s`;
  return `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, '0')} min`;
}

/** The estimate in words: 'about 40 s left', 'estimating the rest' before there is one, 'finished'. */
export function timeLeftText(snapshot: ProgressSnapshot): string {
  if (snapshot.share === 1) return 'finished';
  return snapshot.remainingMs === undefined ? 'estimating the rest' : `about ${formatDuration(snapshot.remainingMs)} left`;
}

/** The progress as one line: '[5/8 done, 62% of the expected work, 1 min 05 s elapsed, about 40 s left]'. */
export function progressText(state: ProgressState, snapshot: ProgressSnapshot): string {
  return `[${state.unitsDone}/${state.units} done, ${Math.floor(100 * snapshot.share)}% of the expected work, ${formatDuration(snapshot.elapsedMs)} elapsed, ${timeLeftText(snapshot)}]`;
}

/** How often plain (non-TTY) progress lines are printed: at each tenth of the work, or after this long without one. */
export const PLAIN_LINE_STEP = 0.1;
export const PLAIN_LINE_INTERVAL_MS = 30_000;

/**
 * Whether a plain progress line is due: the last (100%, once), one when the share has entered a new
 * tenth since the last line, or one when the last is 30 s old — a CI log gets a dozen lines, not one
 * per unit, and never goes silent for long. `last` undefined is the start: a line only when a
 * resumed run starts part done.
 */
export function plainLineDue(last: { share: number; at: number } | undefined, now: { share: number; at: number }): boolean {
  if (now.share === 1) return last?.share !== 1;
  if (last === undefined) return now.share > 0;
  const step = (share: number) => Math.floor(share / PLAIN_LINE_STEP + 1e-9);
  return step(now.share) > step(last.share) || now.at - last.at >= PLAIN_LINE_INTERVAL_MS;
}
