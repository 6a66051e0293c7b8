import { join } from 'node:path';
import { softeningAxioms } from '../../axioms/softening.js';
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

/** The main job: every built-in operator against A0–A5; reports written once, at the end, atomically. */
export async function runAudit(opts: AuditOptions): Promise<number> {
  const unknown = (opts.operator ?? []).filter((n) => !softeningOperators.some((op) => op.name === n));
  if (unknown.length) {
    console.error(`kdaudit: unknown operator ${unknown.join(', ')}; known: ${softeningOperators.map((op) => op.name).join(', ')}`);
    return EXIT.usage;
  }
  const operators = opts.operator ? softeningOperators.filter((op) => opts.operator!.includes(op.name)) : softeningOperators;
  const progress = progressReporter(operators.length);
  const options = runOptions(opts, (file) => (file ? `npx kdaudit replay ${file}` : `npx kdaudit audit --seed ${opts.seed}`));
  const results = operators.map((op) => {
    progress.start(op.name);
    const result = auditOperator(op, softeningAxioms, { ...options, onResult: (r) => progress.result(op.name, r) });
    progress.finish();
    return result;
  });
  const audit: Audit = { schemaVersion: SCHEMA_VERSION, tool: { name: 'kdaudit', version: TOOL_VERSION }, config: auditConfig(opts), operators: results };
  const summary = summarize(audit);
  writeFileAtomic(join(opts.out, 'audit.json'), renderAuditJson(audit));
  writeFileAtomic(join(opts.out, 'audit.md'), renderMarkdown(audit, summary));
  process.stdout.write(renderTerminalSummary(audit, summary));
  process.stdout.write(`Reports: ${join(opts.out, 'audit.md')}, ${join(opts.out, 'audit.json')}\n`);
  return EXIT.ok;
}
