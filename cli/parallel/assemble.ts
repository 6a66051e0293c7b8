import { existenceStatements, papers } from '../../properties/registry.js';
import {
  SCHEMA_VERSION,
  type Audit,
  type AuditConfig,
  type OperatorAudit,
  type PaperRef,
  type StatementResult,
} from '../../engine/result/model.js';
import { TOOL_VERSION } from '../version.js';
import type { MutationUnitResult, UnitResult } from './run-unit.js';
import { aggregationUnit, type AuditUnit } from './units.js';

/**
 * The audit from its units' results, in the units' (report) order: the one place an audit is put
 * together, for a run on one machine and for merged shards alike. The papers' existence statements
 * are settled here, from every aggregation result, so a shard never needs another's.
 */
export function assembleAudit(config: AuditConfig, units: readonly AuditUnit[], results: readonly UnitResult[]): Audit {
  const of = (kind: AuditUnit['kind']) => results.filter((_, k) => units[k].kind === kind);
  const [softening, aggregation] = [of('softening') as OperatorAudit[], of('aggregation') as OperatorAudit[]];
  const statements = of('statement') as StatementResult[];
  for (const m of of('mutation') as MutationUnitResult[]) attachMutation([...softening, ...aggregation], m);
  const aggregationOps = units.flatMap((u) => (u.kind === 'aggregation' ? [aggregationUnit(u.operator).op] : []));
  return {
    schemaVersion: SCHEMA_VERSION,
    tool: { name: 'kdaudit', version: TOOL_VERSION },
    config,
    operators: softening,
    ...(aggregation.length
      ? { aggregation, existence: existenceStatements().flatMap((e) => e.settle(aggregation, aggregationOps)) }
      : {}),
    ...(statements.length ? { statements, papers: papersOf(statements) } : {}),
  };
}

/** The registered papers the statements come from, in registry order, as the reports title them. */
function papersOf(statements: readonly StatementResult[]): PaperRef[] {
  const cited = new Set(statements.map((s) => s.source.paper));
  return papers.filter((p) => cited.has(p.manifest.id)).map(({ manifest: { id, title, arxiv } }) => ({ id, title, arxiv }));
}

/** A mutation unit's analysis (or why there is none) goes on its operator's result, as reports show it. */
function attachMutation(operators: OperatorAudit[], m: MutationUnitResult): void {
  const op = operators.find((o) => o.operator === m.mutationOf);
  if (!op) return; // the analysis of an operator this audit did not run has nowhere to go
  if (m.analysis) op.mutation = m.analysis;
  if (m.failure) op.mutationFailure = m.failure;
}
