import { checkKey, type AnyCheck } from './check.js';
import { runCheck, type RunOptions } from './run-check.js';
import type { CheckResult } from './verdicts.js';
import type { AuditedOperator } from './operator.js';
import type { OperatorAudit } from './result/model.js';

export interface OperatorRunOptions extends Omit<RunOptions, 'budgetMs' | 'seed'> {
  seed: number;
  /**
   * Total budget for the operator, shared by the checks: each gets an even share of what is left,
   * and never less than an even share of the whole (so a check that overruns starves none after it).
   */
  budgetMs: number;
  onResult?: (result: CheckResult) => void;
}

/**
 * Every check on one operator; one check failing to run never stops the others. Wall times are
 * kept apart from the results (`timings`), so that results depend on the seed and inputs only.
 */
export function auditOperator<Op extends AuditedOperator>(
  op: Op,
  checks: ReadonlyArray<AnyCheck<Op>>,
  options: OperatorRunOptions,
): OperatorAudit {
  const until = Date.now() + options.budgetMs;
  const even = options.budgetMs / checks.length;
  const timings: Record<string, number> = {};
  const results = checks.map((check, k) => {
    // time a fast check leaves unused goes to the checks after it (the budget is a safety net)
    const share = Math.max(even, (until - Date.now()) / (checks.length - k));
    const started = Date.now();
    const result = runGuarded(check, op, { ...options, seed: options.seed + k, budgetMs: share });
    timings[checkKey(check)] = Date.now() - started;
    options.onResult?.(result);
    return result;
  });
  return { operator: op.name, description: op.description, exactness: op.exactness, results, timings };
}

function runGuarded<Op extends AuditedOperator>(check: AnyCheck<Op>, op: Op, options: RunOptions): CheckResult {
  try {
    return runCheck(check, op, options);
  } catch (e) {
    return couldNotRun(check, options, (e as Error).message);
  }
}

/** The `error` result of a check that could not run at all, and why (a throw, or the worker running it died). */
export function couldNotRun(
  check: Pick<AnyCheck<AuditedOperator>, 'id' | 'variant' | 'title'>,
  options: Pick<RunOptions, 'ctx' | 'seed'>,
  why: string,
): CheckResult {
  return {
    id: check.id,
    ...(check.variant ? { variant: check.variant } : {}),
    title: check.title,
    verdict: 'error',
    certified: false,
    evidence: {
      kind: 'none',
      screened: 0,
      exact: 0,
      precision: options.ctx.precision,
      seed: options.seed,
      summary: `The check could not run: ${why}`,
    },
    fidelity: [],
    findings: [],
    notes: [],
  };
}
