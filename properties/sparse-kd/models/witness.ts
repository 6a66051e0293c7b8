import type { Check } from '../../../engine/check.js';
import type { AuditedOperator } from '../../../engine/operator.js';
import { runCheck } from '../../../engine/run-check.js';
import type { StatementClaim } from '../../../engine/statement/claim.js';
import { STATEMENT_SUBJECT } from '../../../engine/statement/subject.js';
import type { StatementMeta } from '../../../engine/statement/universal.js';

/**
 * An existence statement settled by searching a check whose violations are exactly the witnesses
 * sought ("no instance has the property"): a certified counterexample is a witness verified
 * exactly (interval arithmetic); none found leaves the existence unsupported.
 */
export function witnessStatement<X>(meta: StatementMeta, check: Check<X, AuditedOperator>, quantity: string): StatementClaim {
  return {
    ...meta,
    checks: [check],
    evaluate(run) {
      const result = runCheck(check, STATEMENT_SUBJECT, run);
      const c = result.counterexample;
      return c
        ? {
            kind: 'witness',
            witness: JSON.stringify(c.instance),
            verifiedBy: 'exact',
            detail: `${quantity} ∈ [${c.certificate.lo}, ${c.certificate.hi}] (${c.certificate.explanation})`,
            counterexample: c,
          }
        : { kind: 'witness', verifiedBy: 'search', detail: `no witness found: ${result.evidence.summary}` };
    },
  };
}
