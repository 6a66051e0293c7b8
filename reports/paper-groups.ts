import type { Audit, PaperRef, StatementResult } from '../engine/result/model.js';

/** One paper's statements, titled for a report section. */
export interface PaperGroup {
  paper: PaperRef;
  statements: StatementResult[];
}

/**
 * The audit's statements grouped by paper, in the order of `audit.papers` (an older audit without
 * it: by first appearance, titled by the paper's id), so a new paper needs no report change.
 */
export function paperGroups(audit: Audit): PaperGroup[] {
  const statements = audit.statements ?? [];
  const listed = audit.papers ?? [];
  const ids = [...new Set([...listed.map((p) => p.id), ...statements.map((s) => s.source.paper)])];
  return ids
    .map((id) => ({
      paper: listed.find((p) => p.id === id) ?? { id, title: id, arxiv: '' },
      statements: statements.filter((s) => s.source.paper === id),
    }))
    .filter((g) => g.statements.length);
}

/** 'Distilling the Knowledge in a Neural Network (hinton-kd, arXiv:1503.02531)'. */
export const paperHeading = ({ id, title, arxiv }: PaperRef): string =>
  title === id ? id : `${title} (${id}${arxiv ? `, arXiv:${arxiv}` : ''})`;
