import type { CheckResult } from '../engine/verdicts.js';
import type { StatementResult } from '../engine/result/model.js';
import { renderResultLine } from '../reports/terminal.js';

/** A finished check's progress line, rendered where the check ran (a worker sends it as text). */
export const checkLine = (operator: string, r: CheckResult): string => `  ${renderResultLine(operator, r)}`;

/** A finished statement's progress line. */
export const statementLine = (r: StatementResult): string => `  ${r.source.label}${r.variant ? ` (${r.variant})` : ''}: ${r.verdict}`;

/**
 * Progress on stderr (stdout stays clean for pipes): a line when a unit starts, numbered by its
 * place in the report, one per finished check as it arrives, and, given the run's expected work
 * (the units' costs from the cost table), a line per finished unit with how many are done, the
 * share of the expected work done and the elapsed time. With several workers units start and
 * finish out of order and side by side, so the share done, not the last start, says how far the run is.
 */
export function progressReporter(total: number, totalWork?: number) {
  const since = Date.now();
  let started = 0;
  let done = 0;
  let workDone = 0;
  const write = (line: string) => process.stderr.write(`${line}\n`);
  return {
    /** `position`: the unit's 1-based place in the report, when units do not start in that order. */
    start(name: string, position = started + 1) {
      started++;
      write(`[${position}/${total}] ${name} …`);
    },
    /** A line rendered elsewhere (checkLine, statementLine). */
    line: write,
    result(operator: string, r: CheckResult) {
      write(checkLine(operator, r));
    },
    statement(r: StatementResult) {
      write(statementLine(r));
    },
    /** `work`: the unit's expected cost, in the units of totalWork. */
    finish(name?: string, work = 0) {
      done++;
      if (totalWork === undefined || name === undefined) return;
      workDone += work;
      // costs summed in finishing order may fall a rounding short of the total: the last unit is 100%
      const share = done === total ? 100 : Math.floor((100 * workDone) / totalWork);
      write(`[${done}/${total} done, ${share}% of the expected work, ${((Date.now() - since) / 1000).toFixed(0)} s] ${name}`);
    },
  };
}
