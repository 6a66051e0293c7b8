import type { AggregationOperator } from '../operators/aggregation.js';
import type { SofteningOperator } from '../operators/softening.js';
import { claimId, isStatement, type Claim } from './claim.js';
import type { PaperManifest } from './manifest.js';

/**
 * A paper as the registry holds it: what `properties/<id>/index.ts` exports as `paper`. Its claims
 * of every kind, in paper order, and the operator families it names, where it names some.
 */
export interface Paper {
  readonly manifest: PaperManifest;
  readonly claims: readonly Claim[];
  readonly operators?: {
    readonly softening?: readonly SofteningOperator[];
    readonly aggregation?: readonly AggregationOperator[];
  };
}

/** A paper id is a folder name: lower-case words joined by hyphens ('my-paper', 'some-kd'). */
export const PAPER_ID = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

/**
 * A paper, checked eagerly: its id is a folder name; every statement, guarantee and existence claim
 * is named '<id>/…' and its source names this paper; an axiom has a bare id (no '/'), which is how
 * reports tell axioms from guarantees; numbered entries are unique. Throws naming the first fault.
 */
export function definePaper(paper: Paper): Paper {
  const { id, numbered } = paper.manifest;
  if (!PAPER_ID.test(id)) throw new Error(`paper id ${JSON.stringify(id)} is not a folder name (lower-case words joined by '-')`);
  for (const claim of paper.claims) {
    const problem = claimProblem(id, claim);
    if (problem) throw new Error(`paper ${id}: claim ${claimId(claim)}: ${problem}`);
  }
  const repeated = numbered.find((n, k) => numbered.findIndex((m) => m.id === n.id) !== k);
  if (repeated) throw new Error(`paper ${id}: ${repeated.id} is listed twice in manifest.numbered`);
  return paper;
}

function claimProblem(paper: string, claim: Claim): string | undefined {
  const own = claimId(claim).startsWith(`${paper}/`);
  if (claim.kind === 'operator') {
    if (claim.role === 'axiom' && claimId(claim).includes('/'))
      return "an axiom's id has no '/' (reports read a '/' as a paper's guarantee)";
    if (claim.role === 'guarantee' && !own) return `a guarantee's id starts with '${paper}/'`;
    return undefined;
  }
  if (!own) return `its id starts with '${paper}/'`;
  if (isStatement(claim) && claim.source.paper !== paper)
    return `source.paper is ${JSON.stringify(claim.source.paper)}, not ${JSON.stringify(paper)}`;
  return undefined;
}
