import {
  discoverPapers,
  isStatement,
  type Claim,
  type ExistenceStatement,
  type OperatorClaim,
  type OperatorFamily,
  type OperatorOf,
  type Paper,
} from '../engine/paper/index.js';
import type { StatementClaim } from '../engine/statement/claim.js';

/**
 * Every paper of properties/, discovered from its folders (engine/paper/discover.ts) when this
 * module loads: adding a paper is adding a folder, with no engine, CLI or report file to touch.
 * Works from the TypeScript sources (tsx) and from a compiled build that keeps the layout.
 */
export const papers: readonly Paper[] = await discoverPapers(new URL('./', import.meta.url));

/** The ids of the registered papers, sorted. */
export const paperIds = (): string[] => papers.map((p) => p.manifest.id);

/** The papers with these ids (all of them without a selection); unknown ids are the caller's to reject (see paperIds). */
export const selectPapers = (ids?: readonly string[]): readonly Paper[] =>
  ids ? papers.filter((p) => ids.includes(p.manifest.id)) : papers;

const claimsOf = (from: readonly Paper[]): Claim[] => from.flatMap((p) => p.claims);

/** The statements that run on their own, paper by paper in paper order. */
export const statementClaims = (from: readonly Paper[] = papers): StatementClaim[] => claimsOf(from).filter(isStatement);

/** The checks each operator of a family runs (axioms, then guarantees, in each paper's order). */
export function operatorChecks<F extends OperatorFamily>(
  family: F,
  from: readonly Paper[] = papers,
): OperatorClaim<F>['check'][] {
  return claimsOf(from).flatMap((c) => (c.kind === 'operator' && c.family === family ? [(c as OperatorClaim<F>).check] : []));
}

/** The existence statements settled from a family's audit. */
export const existenceStatements = (from: readonly Paper[] = papers): ExistenceStatement[] =>
  claimsOf(from).flatMap((c) => (c.kind === 'existence' ? [c] : []));

/** The operators of a family the papers name, each once, in paper order. */
export function familyOperators<F extends OperatorFamily>(family: F, from: readonly Paper[] = papers): OperatorOf<F>[] {
  const all = from.flatMap((p) => (p.operators?.[family] ?? []) as readonly OperatorOf<F>[]);
  return all.filter((op, k) => all.findIndex((o) => o.name === op.name) === k);
}
