import { join } from 'node:path';
import { AGGREGATION_AXIOM_IDS, aggregationAxioms } from '../../axioms/aggregation.js';
import { softeningAuditChecks as softeningAxioms } from '../../axioms/softening.js';
import type { Check } from '../../engine/check.js';
import type { AuditedOperator } from '../../engine/operator.js';
import { aggregationOperators } from '../../operators/aggregation/index.js';
import { existenceClaims } from '../../properties/ensemble-kd/existence.js';
import { ensembleGuarantees } from '../../properties/ensemble-kd/index.js';
import { auditOperator } from '../../engine/audit-operator.js';
import { runStatement } from '../../engine/statement/run-statement.js';
import { sparseKdStatements } from '../../properties/sparse-kd/index.js';
import { writeFileAtomic } from '../../engine/atomic-write.js';
import { aggregationCurves, softeningCurves } from '../../engine/math/entropy-curves.js';
import { softeningOperators } from '../../operators/softening/index.js';
import { renderAuditJson } from '../../reports/json.js';
import { renderHtml } from '../../reports/html/index.js';
import { renderJunit } from '../../reports/junit.js';
import { renderMarkdown } from '../../reports/markdown.js';
import { SCHEMA_VERSION, allOperators, type Audit } from '../../reports/model.js';
import { summarize } from '../../reports/summarize.js';
import { renderTerminalSummary } from '../../reports/terminal.js';
import { EXIT, exitCodeOf } from '../exit-codes.js';
import { progressReporter } from '../progress.js';
import { auditConfig, runOptions, type CommonOptions } from '../run-options.js';
import { TOOL_VERSION } from '../version.js';

export interface AuditOptions extends CommonOptions {
  out: string;
  operator?: string[];
  /** Run the papers' numbered statements (commander's --no-statements sets it false). */
  statements: boolean;
  /** Only these statement ids. */
  statement?: string[];
  /** Also write JUnit XML here. */
  junit?: string;
  /** Write audit.html beside audit.md (commander's --no-html sets it false). */
  html: boolean;
}

/**
 * The main job: every built-in softening operator against A0–A5, every aggregation operator
 * against each reading of B1–B5 and the paper's guarantees, and every numbered statement of
 * Sparse-KD; reports written once, at the end, atomically.
 */
export async function runAudit(opts: AuditOptions): Promise<number> {
  const known = [...softeningOperators, ...aggregationOperators].map((op) => op.name);
  const unknown = (opts.operator ?? []).filter((n) => !known.includes(n));
  if (unknown.length) {
    console.error(`kdaudit: unknown operator ${unknown.join(', ')}; known: ${known.join(', ')}`);
    return EXIT.usage;
  }
  const statementIds = sparseKdStatements.map((c) => c.id);
  const unknownStatements = (opts.statement ?? []).filter((id) => !statementIds.includes(id));
  if (unknownStatements.length) {
    console.error(`kdaudit: unknown statement ${unknownStatements.join(', ')}; see kdaudit list`);
    return EXIT.usage;
  }
  // --statement alone audits just those statements; with --operator, those operators too
  const chosen = <Op extends AuditedOperator>(ops: readonly Op[]) => (opts.operator ? ops.filter((op) => opts.operator!.includes(op.name)) : opts.statement ? [] : [...ops]);
  const [softening, aggregation] = [chosen(softeningOperators), chosen(aggregationOperators)];
  const claims = !opts.statements ? [] : opts.statement ? sparseKdStatements.filter((c) => opts.statement!.includes(c.id)) : sparseKdStatements;
  const progress = progressReporter(softening.length + aggregation.length + claims.length);
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
  softeningResults.forEach((r, k) => (r.curves = softeningCurves(softening[k])));
  aggregationResults.forEach((r, k) => (r.curves = aggregationCurves(aggregation[k])));
  const statementResults = claims.map((claim) => {
    progress.start(claim.id);
    const result = runStatement(claim, options);
    progress.statement(result);
    progress.finish();
    return result;
  });
  const audit: Audit = {
    schemaVersion: SCHEMA_VERSION,
    tool: { name: 'kdaudit', version: TOOL_VERSION },
    config: auditConfig(opts),
    operators: softeningResults,
    ...(aggregation.length ? { aggregation: aggregationResults, existence: existenceClaims(aggregationResults, aggregation, AGGREGATION_AXIOM_IDS) } : {}),
    ...(claims.length ? { statements: statementResults } : {}),
  };
  const summary = summarize(audit);
  writeFileAtomic(join(opts.out, 'audit.json'), renderAuditJson(audit));
  writeFileAtomic(join(opts.out, 'audit.md'), renderMarkdown(audit, summary));
  if (opts.junit) writeFileAtomic(opts.junit, renderJunit(audit));
  if (opts.html) writeFileAtomic(join(opts.out, 'audit.html'), renderHtml(audit, summary));
  process.stdout.write(renderTerminalSummary(audit, summary));
  process.stdout.write(`Reports: ${[join(opts.out, 'audit.md'), join(opts.out, 'audit.json'), ...(opts.html ? [join(opts.out, 'audit.html')] : []), ...(opts.junit ? [opts.junit] : [])].join(', ')}\n`);
  return exitCodeOf([...allOperators(audit).flatMap((op) => op.results), ...(audit.statements ?? [])]);
}
