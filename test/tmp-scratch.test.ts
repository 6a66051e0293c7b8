import { it } from 'vitest';
import { A2 } from '../axioms/softening/a2-continuity.js';
import { A5 } from '../axioms/softening/a5-limits.js';
import { findSofteningOperator } from '../operators/softening/index.js';
import { runCheck } from '../engine/run-check.js';
import { DEFAULT_CONTEXT } from '../engine/context.js';
it('timing', () => {
  for (const [check, name] of [[A2, 'entropy-projection'], [A5, 'power-class/log1p(x/T)']] as const) {
    const t = Date.now();
    const r = runCheck(check as any, findSofteningOperator(name)!, { ctx: DEFAULT_CONTEXT, seed: 42, budgetMs: 600000, effort: 0.1, replayCommand: () => '' });
    console.log(name, check.id, r.verdict, ((Date.now() - t) / 1000).toFixed(1), r.evidence.screened, r.evidence.exact, JSON.stringify(r.counterexample?.instance));
  }
}, 3000000);
