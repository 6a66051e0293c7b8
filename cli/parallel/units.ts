import { aggregationAxioms } from '../../axioms/aggregation.js';
import { softeningAuditChecks } from '../../axioms/softening.js';
import type { Check } from '../../engine/check.js';
import type { StatementClaim } from '../../engine/statement/claim.js';
import { aggregationOperators, type AggregationOperator } from '../../operators/aggregation/index.js';
import { softeningOperators } from '../../operators/softening/index.js';
import type { SofteningOperator } from '../../engine/operators/softening.js';
import { ensembleGuarantees } from '../../properties/ensemble-kd/index.js';
import { sparseKdStatements } from '../../properties/sparse-kd/index.js';

/**
 * One independent piece of the audit: an operator against its checks, one numbered statement (one
 * reading of it, when the paper admits several), or the mutation analysis of a built-in operator's
 * source. Plain data, so it crosses to a worker and into a shard's partial file as it is.
 */
export type AuditUnit =
  | { kind: 'softening' | 'aggregation'; operator: string }
  | { kind: 'statement'; id: string; variant?: string }
  | { kind: 'mutation'; operator: string; maxMutants: number };

/** The unit's name in the cost table, in partial files and in messages: 'softening:power', 'statement:sparse-kd/theorem-X.2#…'. */
export function unitKey(unit: AuditUnit): string {
  if (unit.kind !== 'statement') return `${unit.kind}:${unit.operator}`;
  return `statement:${unit.id}${unit.variant ? `#${unit.variant}` : ''}`;
}

/** The unit as people name it: the operator, or the statement id with its reading. */
export function unitLabel(unit: AuditUnit): string {
  if (unit.kind === 'mutation') return `mutants of ${unit.operator}`;
  return unit.kind === 'statement' ? `${unit.id}${unit.variant ? ` (${unit.variant})` : ''}` : unit.operator;
}

/** What the audit's --operator and --statement options select. */
export interface UnitSelection {
  operator?: string[];
  statements: boolean;
  statement?: string[];
  /** Mutants per audited operator in the mutation analysis (--mutants; 0: none). */
  mutants: number;
}

/**
 * The units of an audit in report order: softening operators, aggregation operators, statements,
 * then the mutation analysis of each audited operator. --statement alone audits just those
 * statements; with --operator, those operators too.
 */
export function auditUnits(selection: UnitSelection): AuditUnit[] {
  const { operator, statement, mutants } = selection;
  const chosen = <Op extends { name: string }>(ops: readonly Op[]) => (operator ? ops.filter((op) => operator.includes(op.name)) : statement ? [] : ops);
  const claims = !selection.statements ? [] : statement ? sparseKdStatements.filter((c) => statement.includes(c.id)) : sparseKdStatements;
  const [softening, aggregation] = [chosen(softeningOperators), chosen(aggregationOperators)];
  return [
    ...softening.map((op): AuditUnit => ({ kind: 'softening', operator: op.name })),
    ...aggregation.map((op): AuditUnit => ({ kind: 'aggregation', operator: op.name })),
    ...claims.map((c): AuditUnit => ({ kind: 'statement', id: c.id, ...(c.variant ? { variant: c.variant } : {}) })),
    ...(mutants > 0 ? [...softening, ...aggregation].map((op): AuditUnit => ({ kind: 'mutation', operator: op.name, maxMutants: mutants })) : []),
  ];
}

/** The operator a softening unit audits and the checks it runs (A0–A5). */
export function softeningUnit(name: string): { op: SofteningOperator; checks: ReadonlyArray<Check<any, SofteningOperator>> } {
  return { op: found(softeningOperators.find((op) => op.name === name), `softening:${name}`), checks: softeningAuditChecks };
}

/** The operator an aggregation unit audits and the checks it runs (each reading of B1–B5, then Ensemble-KD's guarantees). */
export function aggregationUnit(name: string): { op: AggregationOperator; checks: ReadonlyArray<Check<any, AggregationOperator>> } {
  return { op: found(aggregationOperators.find((op) => op.name === name), `aggregation:${name}`), checks: [...aggregationAxioms, ...ensembleGuarantees] };
}

export function statementUnit(id: string, variant: string | undefined): StatementClaim {
  return found(
    sparseKdStatements.find((c) => c.id === id && c.variant === variant),
    unitKey({ kind: 'statement', id, variant }),
  );
}

function found<T>(value: T | undefined, key: string): T {
  if (value === undefined) throw new Error(`no such audit unit: ${key}`);
  return value;
}
