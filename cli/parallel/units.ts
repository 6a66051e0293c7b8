import type { AnyCheck } from '../../engine/check.js';
import type { AggregationOperator } from '../../engine/operators/aggregation.js';
import type { SofteningOperator } from '../../engine/operators/softening.js';
import type { OperatorFamily } from '../../engine/paper/index.js';
import type { StatementClaim } from '../../engine/statement/claim.js';
import { familyOperators, operatorChecks, selectPapers, statementClaims } from '../../properties/registry.js';

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

/** What the audit's --paper, --operator and --statement options select. */
export interface UnitSelection {
  /** Only these papers (ids checked by the caller): their statements, and the operator families they check claims on. */
  paper?: string[];
  operator?: string[];
  statements: boolean;
  statement?: string[];
  /** Mutants per audited operator in the mutation analysis (--mutants; 0: none). */
  mutants: number;
}

/**
 * The units of an audit in report order: softening operators, aggregation operators, statements,
 * then the mutation analysis of each audited operator — all from the registry of papers. --paper
 * keeps the selected papers' statements and the operators of the families they have claims on (an
 * operator unit runs every paper's claims on its family). --statement alone audits just those
 * statements; with --operator, those operators too.
 */
export function auditUnits(selection: UnitSelection): AuditUnit[] {
  const { operator, statement, mutants } = selection;
  const papers = selectPapers(selection.paper);
  const audited = (family: OperatorFamily) => (operatorChecks(family, papers).length ? familyOperators(family) : []);
  const chosen = <Op extends { name: string }>(ops: readonly Op[]) =>
    operator ? ops.filter((op) => operator.includes(op.name)) : statement ? [] : ops;
  const inPaper = statementClaims(papers);
  const claims = !selection.statements ? [] : statement ? inPaper.filter((c) => statement.includes(c.id)) : inPaper;
  const [softening, aggregation] = [chosen(audited('softening')), chosen(audited('aggregation'))];
  return [
    ...softening.map((op): AuditUnit => ({ kind: 'softening', operator: op.name })),
    ...aggregation.map((op): AuditUnit => ({ kind: 'aggregation', operator: op.name })),
    ...claims.map((c): AuditUnit => ({ kind: 'statement', id: c.id, ...(c.variant ? { variant: c.variant } : {}) })),
    ...(mutants > 0
      ? [...softening, ...aggregation].map((op): AuditUnit => ({ kind: 'mutation', operator: op.name, maxMutants: mutants }))
      : []),
  ];
}

/** The operator a softening unit audits and the checks it runs: every paper's axioms and guarantees on softening operators (A0–A5). */
export function softeningUnit(name: string): { op: SofteningOperator; checks: ReadonlyArray<AnyCheck<SofteningOperator>> } {
  return {
    op: found(
      familyOperators('softening').find((op) => op.name === name),
      `softening:${name}`,
    ),
    checks: operatorChecks('softening'),
  };
}

/** The operator an aggregation unit audits and the checks it runs: every paper's axioms and guarantees on aggregation operators (B1–B5, then Ensemble-KD's guarantees). */
export function aggregationUnit(name: string): { op: AggregationOperator; checks: ReadonlyArray<AnyCheck<AggregationOperator>> } {
  return {
    op: found(
      familyOperators('aggregation').find((op) => op.name === name),
      `aggregation:${name}`,
    ),
    checks: operatorChecks('aggregation'),
  };
}

/** The statement (one reading of it) a statement unit runs, from the registry. */
export function statementUnit(id: string, variant: string | undefined): StatementClaim {
  return found(
    statementClaims().find((c) => c.id === id && c.variant === variant),
    unitKey({ kind: 'statement', id, variant }),
  );
}

function found<T>(value: T | undefined, key: string): T {
  if (value === undefined) throw new Error(`no such audit unit: ${key}`);
  return value;
}
