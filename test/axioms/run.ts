import type { Check } from '../../engine/check.js';
import { DEFAULT_CONTEXT } from '../../engine/context.js';
import type { AuditedOperator } from '../../engine/operator.js';
import { runCheck } from '../../engine/run-check.js';

/** One check on one operator, no corpus, a generous time cap (the runs count is what bounds it). */
export function run<Op extends AuditedOperator>(check: Check<any, Op>, op: Op, seed = 7) {
  return runCheck(check, op, { ctx: DEFAULT_CONTEXT, seed, budgetMs: 30_000, effort: 1, replayCommand: () => 'replay' });
}
