import type { CheckReport } from '../engine/result/check-report.js';
import { CHECK_SCHEMA_VERSION } from '../engine/result/check-report.js';
import type { Audit, OperatorAudit, RunConfig } from '../engine/result/model.js';

/** The whole audit, as the versioned result model (schemas/audit.schema.json). */
export function renderAuditJson(audit: Audit): string {
  return JSON.stringify(audit, null, 2) + '\n';
}

/**
 * `kdaudit check --json` (schemas/check.schema.json): the tool, the configuration and the
 * operator's results. No timings: the same seed and module give the same bytes.
 */
export function renderCheckJson(op: OperatorAudit, run: { tool: CheckReport['tool']; config: RunConfig }): string {
  const report: CheckReport = {
    schemaVersion: CHECK_SCHEMA_VERSION,
    tool: run.tool,
    config: run.config,
    operator: op.operator,
    exactness: op.exactness,
    results: op.results,
  };
  return JSON.stringify(report, null, 2) + '\n';
}
