import type * as fc from 'fast-check';
import type { Domain } from '../domains/domain.js';
import type { AuditedOperator } from '../operator.js';
import type { SourceGuidance } from '../verdicts.js';
import { GUIDED_SHARE } from '../search.js';
import type { Boundary } from './boundary.js';
import { boundariesOf, harvestModule } from './sources.js';

/** How a check's search is guided by its operator's source: the guided arbitrary (if any) and what the evidence says. */
export interface SearchGuidance<X> {
  /** Drawn from for a share of the random cases; absent, the search is exactly the default one. */
  readonly arbitrary?: fc.Arbitrary<X>;
  /** Absent when the operator has no source, or its source was read and gave no boundary: nothing to report. */
  readonly evidence?: SourceGuidance;
  /** One or two sentences for the evidence summary (empty when there is no evidence). */
  readonly sentence: string;
}

/** Boundaries named in a summary; the evidence's `guidance.tried` lists them all. */
const NAMED = 6;

/**
 * Harvest the operator's source modules and ask the domain for instances at their boundaries. An
 * operator without sources, or whose sources hold no boundary, is searched as it always was.
 */
export function guideSearch<X>(domain: Domain<X>, op: AuditedOperator): SearchGuidance<X> {
  if (!op.sources?.length) return { sentence: '' };
  const harvests = op.sources.map(harvestModule);
  const boundaries = boundariesOf(harvests);
  const unreadable = harvests.filter((h) => h.unreadable);
  if (boundaries.length === 0 && unreadable.length === 0) return { sentence: '' };
  const guidance = boundaries.length ? domain.guided?.(boundaries) : undefined;
  const tried = guidance?.tried ?? [];
  const evidence: SourceGuidance = {
    sources: harvests.map((h) => ({ module: h.module, found: h.found, ...(h.unreadable ? { unreadable: h.unreadable } : {}) })),
    tried: [...tried],
    share: guidance ? GUIDED_SHARE.text : 'none',
  };
  const notes = unreadable.map((h) => `The source ${h.module} could not be harvested (${h.unreadable}).`);
  if (guidance) notes.push(`Source-guided: ${GUIDED_SHARE.text} drawn at and around ${count(tried.length)} (${named(tried)}).`);
  else if (boundaries.length)
    notes.push(`The source gave ${count(boundaries.length)}, none of which this check's instances can sit at.`);
  else notes.push('Searched without source guidance.');
  return { ...(guidance ? { arbitrary: guidance.arbitrary } : {}), evidence, sentence: notes.join(' ') };
}

const count = (n: number) => `${n} harvested boundar${n === 1 ? 'y' : 'ies'}`;

function named(tried: readonly Boundary[]): string {
  const shown = tried
    .slice(0, NAMED)
    .map((b) => `${b.value} as ${b.role === 'unknown' ? 'any role' : b.role}, ${b.module}:${b.line} \`${b.text}\``);
  return tried.length > NAMED ? `${shown.join('; ')}; ${tried.length - NAMED} more` : shown.join('; ');
}
