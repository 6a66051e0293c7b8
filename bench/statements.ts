import { DEFAULT_CONTEXT } from '../engine/context.js';
import { runStatement } from '../engine/statement/run-statement.js';
import { statementClaims } from '../properties/registry.js';

/** Time per statement of the registered papers with the audit's default settings (no corpus: every search runs). */
export function statementTimes(): void {
  console.log('\n## Time per statement (default settings, no corpus)');
  let total = 0;
  for (const claim of statementClaims()) {
    const start = performance.now();
    const r = runStatement(claim, { ctx: DEFAULT_CONTEXT, seed: 42, budgetMs: 20_000, effort: 1, replayCommand: () => '' });
    const ms = performance.now() - start;
    total += ms;
    console.log(
      `${`${claim.id}${claim.variant ? ` [${claim.variant}]` : ''}`.padEnd(48)} ${r.verdict.padEnd(13)} ${(ms / 1000).toFixed(2)} s`,
    );
  }
  console.log(`total ${(total / 1000).toFixed(1)} s for ${statementClaims().length} statements (target: under 120 s)`);
}
