import { join } from 'node:path';
import { AGGREGATION_AXIOM_IDS, aggregationAxioms } from '../../axioms/aggregation.js';
import { softeningAxioms } from '../../axioms/softening.js';
import type { Check } from '../../engine/check.js';
import type { AuditedOperator } from '../../engine/operator.js';
import { aggregationOperators } from '../../operators/aggregation/index.js';
import { existenceClaims } from '../../properties/ensemble-kd/existence.js';
import { ensembleGuarantees } from '../../properties/ensemble-kd/index.js';
import { auditOperator } from '../../engine/audit-operator.js';
import { writeFileAtomic } from '../../engine/atomic-write.js';
import { softeningOperators } from '../../operators/softening/index.js';
import { renderAuditJson } from '../../reports/json.js';
import { renderMarkdown } from '../../reports/markdown.js';
import { SCHEMA_VERSION, type Audit } from '../../reports/model.js';
import { summarize } from '../../reports/summarize.js';
import { renderTerminalSummary } from '../../reports/terminal.js';
import { EXIT } from '../exit-codes.js';
import { progressReporter } from '../progress.js';
import { auditConfig, runOptions, type CommonOptions } from '../run-options.js';
import { TOOL_VERSION } from '../version.js';

export interface AuditOptions extends CommonOptions {
  out: string;
  operator?: string[];
}

/**
 * The main job: every built-in softening operator against A0–A5 and every aggregation operator
 * against each reading of B1–B5 and the paper's guarantees; reports written once, at the end, atomically.
 */
export async function runAudit(opts: AuditOptions): Promise<number> {
  const known = [...softeningOperators, ...aggregationOperators].map((op) => op.name);
  const unknown = (opts.operator ?? []).filter((n) => !known.includes(n));
  if (unknown.length) {
    console.error(`kdaudit: unknown operator ${unknown.join(', ')}; known: ${known.join(', ')}`);
    return EXIT.usage;
  }
  const chosen = <Op extends AuditedOperator>(ops: readonly Op[]) => (opts.operator ? ops.filter((op) => opts.operator!.includes(op.name)) : [...ops]);
  const [softening, aggregation] = [chosen(softeningOperators), chosen(aggregationOperators)];
  const progress = progressReporter(softening.length + aggregation.length);
  const options = runOptions(opts, (file) => (file ? `npx kdaudit replay ${file}` : `npx kdaudit audit --seed ${opts.seed}`));
  const auditAll = <Op extends AuditedOperator>(ops: Op[], checks: ReadonlyArray<Check<any, Op>>) =>
    ops.map((op) => {
      progress.start(op.name);
      const result = auditOperator(op, checks, { ...options, onResult: (r) => progress.result(op.name, r) });
      progress.finish();
      return result;
    });
  const softeningResults = auditAll(softening, softeningAxioms);
  const aggregationResults = auditAll(aggregation, [...aggregationAxioms, ...ensembleGuarantees]);
  const audit: Audit = {
    schemaVersion: SCHEMA_VERSION,
    tool: { name: 'kdaudit', version: TOOL_VERSION },
    config: auditConfig(opts),
    operators: softeningResults,
    ...(aggregation.length ? { aggregation: aggregationResults, existence: existenceClaims(aggregationResults, aggregation, AGGREGATION_AXIOM_IDS) } : {}),
  };
  const summary = summarize(audit);
  writeFileAtomic(join(opts.out, 'audit.json'), renderAuditJson(audit));
  writeFileAtomic(join(opts.out, 'audit.md'), renderMarkdown(audit, summary));
  process.stdout.write(renderTerminalSummary(audit, summary));
  process.stdout.write(`Reports: ${join(opts.out, 'audit.md')}, ${join(opts.out, 'audit.json')}\n`);
  return EXIT.ok;
}
