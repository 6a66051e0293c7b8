import type { CheckResult } from '../engine/verdicts.js';
import { renderResultLine } from '../reports/terminal.js';

/** Progress on stderr (stdout stays clean for pipes): one line per finished check. */
export function progressReporter(total: number) {
  let done = 0;
  return {
    start(operator: string) {
      process.stderr.write(`[${done + 1}/${total}] ${operator} …\n`);
    },
    result(operator: string, r: CheckResult) {
      process.stderr.write(`  ${renderResultLine(operator, r)}\n`);
    },
    finish() {
      done++;
    },
  };
}
