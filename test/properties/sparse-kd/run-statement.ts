import { DEFAULT_CONTEXT } from '../../../engine/context.js';
import type { RunOptions } from '../../../engine/run-check.js';
import type { StatementClaim } from '../../../engine/statement/claim.js';
import { runStatement } from '../../../engine/statement/run-statement.js';

/** The audit's settings with no corpus and a generous time cap (runs bound it), for a claim or one of its steps. */
export const RUN: RunOptions = { ctx: DEFAULT_CONTEXT, seed: 7, budgetMs: 30_000, effort: 1, replayCommand: () => 'replay' };

/** One statement with those settings. */
export function audit(claim: StatementClaim, seed = RUN.seed) {
  return runStatement(claim, { ...RUN, seed });
}
