import type { Audit, OperatorAudit } from '../engine/result/model.js';

/** The whole audit, as the versioned result model. */
export function renderAuditJson(audit: Audit): string {
  return JSON.stringify(audit, null, 2) + '\n';
}

/**
 * `kdaudit check --json`: { operator, exactness, results: [{ id, verdict, certified, evidence,
 * counterexample?, incomplete?, … }] }. No timings: the same seed and module give the same bytes.
 */
export function renderCheckJson(op: OperatorAudit): string {
  return JSON.stringify({ operator: op.operator, exactness: op.exactness, results: op.results }, null, 2) + '\n';
}
