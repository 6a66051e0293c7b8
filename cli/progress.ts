import type { CheckResult } from '../engine/verdicts.js';
import type { StatementResult } from '../reports/model.js';
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
    statement(r: StatementResult) {
      process.stderr.write(`  ${r.source.label}${r.variant ? ` (${r.variant})` : ''}: ${r.verdict}\n`);
    },
    finish() {
      done++;
    },
  };
}
