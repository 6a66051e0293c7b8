import { DEFAULT_CONTEXT } from '../../../engine/context.js';
import type { StatementClaim } from '../../../engine/statement/claim.js';
import { runStatement } from '../../../engine/statement/run-statement.js';

/** One statement with the audit's settings, no corpus, a generous time cap (runs bound it). */
export function audit(claim: StatementClaim, seed = 7) {
  return runStatement(claim, { ctx: DEFAULT_CONTEXT, seed, budgetMs: 30_000, effort: 1, replayCommand: () => 'replay' });
}
