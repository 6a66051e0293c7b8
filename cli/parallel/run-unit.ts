import { auditOperator, couldNotRun } from '../../engine/audit-operator.js';
import type { AnyCheck } from '../../engine/check.js';
import { aggregationCurves, softeningCurves } from '../../engine/math/entropy-curves.js';
import type { AuditedOperator } from '../../engine/operator.js';
import type { OperatorRunOptions } from '../../engine/audit-operator.js';
import type { StatementOutcome } from '../../engine/statement/outcome.js';
import { runStatement } from '../../engine/statement/run-statement.js';
import { auditMutation } from '../../mutation/audit.js';
import type { MutationAnalysis } from '../../engine/result/mutation.js';
import type { OperatorAudit, StatementResult } from '../../engine/result/model.js';
import { countsLine, scoreText } from '../../reports/mutation-text.js';
import { checkLine, statementLine } from '../progress.js';
import { runOptions, type CommonOptions } from '../run-options.js';
import { aggregationUnit, softeningUnit, statementUnit, unitKey, type AuditUnit } from './units.js';

/** A mutation unit's result: the analysis, or why it could not be made (the operator's report says so). */
export interface MutationUnitResult {
  mutationOf: string;
  analysis?: MutationAnalysis;
  failure?: string;
}

/** What a unit gives back: structured-clone clean, so it crosses from a worker unchanged. */
export type UnitResult = OperatorAudit | StatementResult | MutationUnitResult;

/** The settings every unit of a run shares: plain data (a worker rebuilds the engine's options from it). */
export type UnitSettings = Pick<CommonOptions, 'seed' | 'effort' | 'budget' | 'corpus'>;

/** The engine's options for a unit: a counterexample replays from its corpus file, else by re-running the audit. */
function unitRunOptions(settings: UnitSettings): OperatorRunOptions {
  return runOptions(settings, (file) => (file ? `npx kdaudit replay ${file}` : `npx kdaudit audit --seed ${settings.seed}`));
}

/**
 * Run one unit: the same code in-process and in a worker, so the result is the same wherever it
 * runs. `report` gets a progress line per finished check or statement. The per-operator --budget
 * applies inside, as in a sequential run.
 */
export async function runUnit(unit: AuditUnit, settings: UnitSettings, report: (line: string) => void): Promise<UnitResult> {
  const options = unitRunOptions(settings);
  const audit = <Op extends AuditedOperator>(op: Op, checks: ReadonlyArray<AnyCheck<Op>>) =>
    auditOperator(op, checks, { ...options, onResult: (r) => report(checkLine(op.name, r)) });
  switch (unit.kind) {
    case 'softening': {
      const { op, checks } = softeningUnit(unit.operator);
      const result = audit(op, checks);
      result.curves = softeningCurves(op);
      return result;
    }
    case 'aggregation': {
      const { op, checks } = aggregationUnit(unit.operator);
      const result = audit(op, checks);
      result.curves = aggregationCurves(op);
      return result;
    }
    case 'statement': {
      const result = runStatement(statementUnit(unit.id, unit.variant), options);
      report(statementLine(result));
      return result;
    }
    case 'mutation': {
      const analysis = await auditMutation(unit.operator, settings.seed, unit.maxMutants, settings.effort);
      report(`  mutants of ${unit.operator}: score ${scoreText(analysis)}; ${countsLine(analysis)}`);
      return { mutationOf: unit.operator, analysis };
    }
  }
}

/**
 * The result of a unit that gave none: its worker died (an uncaught error, out of memory) or its run
 * threw outside the engine's own guards. Every check (or the statement and each of its steps) is an
 * `error` that names the unit and why, in the shape the unit would have had, so the reports keep
 * their columns and the run goes on.
 */
export function unitFailure(unit: AuditUnit, settings: UnitSettings, why: string): UnitResult {
  const options = unitRunOptions(settings);
  const reason = `the run of ${unitKey(unit)} stopped before it gave a result (${why})`;
  if (unit.kind === 'mutation') return { mutationOf: unit.operator, failure: reason };
  if (unit.kind === 'statement') {
    const claim = statementUnit(unit.id, unit.variant);
    const failed = (): StatementOutcome => ({ kind: 'failed', detail: `The check could not run: ${reason}` });
    return runStatement(
      { ...claim, evaluate: failed, obligations: claim.obligations?.map((o) => ({ ...o, evaluate: failed })) },
      options,
    );
  }
  const { op, checks } = unit.kind === 'softening' ? softeningUnit(unit.operator) : aggregationUnit(unit.operator);
  const results = checks.map((check, k) => couldNotRun(check, { ...options, seed: options.seed + k }, reason));
  return { operator: op.name, description: op.description, exactness: op.exactness, results, timings: {} };
}
