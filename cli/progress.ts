import type { CheckResult } from '../engine/verdicts.js';
import type { StatementResult } from '../engine/result/model.js';
import { renderResultLine } from '../reports/terminal.js';
import type { ProgressDisplay } from './progress/display.js';
import type { ProgressState } from './progress/estimate.js';
import { liveBar } from './progress/live-bar.js';
import { plainLines } from './progress/plain-lines.js';

/** A finished check's progress line, rendered where the check ran (a worker sends it as text). */
export const checkLine = (operator: string, r: CheckResult): string => `  ${renderResultLine(operator, r)}`;

/** A finished statement's progress line. */
export const statementLine = (r: StatementResult): string =>
  `  ${r.source.label}${r.variant ? ` (${r.variant})` : ''}: ${r.verdict}`;

/**
 * Progress of a single operator's check (`kdaudit check`): its start, then a line per finished check,
 * on stderr (stdout stays clean for pipes).
 */
export function progressReporter(total: number) {
  const write = (line: string) => process.stderr.write(`${line}\n`);
  let started = 0;
  return {
    start: (name: string) => write(`[${++started}/${total}] ${name} …`),
    result: (operator: string, r: CheckResult) => write(checkLine(operator, r)),
  };
}

/** The units of a run as progress sees them, in report order. */
export interface ProgressUnits {
  names: readonly string[];
  /** Expected work of each unit (the cost table's seconds). */
  costs: readonly number[];
  /** Indices of the units finished before this process started (a resumed run). */
  finished?: ReadonlySet<number>;
}

/** A live bar on an interactive terminal; plain lines in CI, a pipe or a file (stderr either way: stdout stays clean for pipes). */
export function defaultDisplay(): ProgressDisplay {
  const interactive = process.stderr.isTTY === true && !process.env.CI;
  return interactive ? liveBar(process.stderr) : plainLines((line) => process.stderr.write(`${line}\n`));
}

/**
 * Progress of a run: the share of the expected work done (units weighted by their cost, not
 * counted), the elapsed time and an estimate of the rest, and every finding line as it arrives.
 * With several workers units start and finish out of order and side by side, so the share done,
 * not the last start, says how far the run is. `now` is injectable for tests.
 */
export function auditProgress(units: ProgressUnits, display: ProgressDisplay = defaultDisplay(), now: () => number = Date.now) {
  const finished = units.finished ?? new Set<number>();
  const workOf = (ks: Iterable<number>) => [...ks].reduce((sum, k) => sum + units.costs[k], 0);
  const state: ProgressState = {
    units: units.names.length,
    unitsDone: finished.size,
    totalWork: workOf(units.costs.keys()),
    workDone: workOf(finished),
    workAtStart: workOf(finished),
    startedAt: now(),
  };
  const running = new Map<number, string>();
  const show = () => display.update(state, [...running.values()], now());
  const timer = setInterval(show, display.tickMs);
  timer.unref();
  show();
  return {
    /** Unit k (its index in report order) has started. */
    start(k: number) {
      running.set(k, units.names[k]);
      display.started(units.names[k], k + 1, state.units);
    },
    /** A finding line rendered elsewhere (checkLine, statementLine). */
    line: (text: string) => display.line(text),
    /** Unit k has finished. */
    finish(k: number) {
      running.delete(k);
      state.unitsDone++;
      state.workDone += units.costs[k];
      show();
    },
    /** The run is over or cut short: no more redraws. */
    stop() {
      clearInterval(timer);
      display.stop();
    },
  };
}

/** What auditProgress returns. */
export type AuditProgress = ReturnType<typeof auditProgress>;
