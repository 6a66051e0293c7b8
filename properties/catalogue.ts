import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { StatementClaim } from '../engine/statement/claim.js';
import { sparseKdStatements } from './sparse-kd/index.js';
import { SPARSE_KD_NUMBERED } from './catalogue/sparse-kd-numbered.js';

export { SPARSE_KD_NUMBERED } from './catalogue/sparse-kd-numbered.js';

/** A statement claim as the catalogue names it. */
export interface CatalogueEntry {
  id: string;
  variant?: string;
  label: string;
  section: string;
  title: string;
  /** The file that declares it, relative to properties/. */
  file: string;
}

/** One line of the catalogue: a statement of the paper's list with the claims encoding it (none = not encoded). */
export interface CatalogueRow {
  id: string;
  where: string;
  claims: CatalogueEntry[];
}

const PROPERTIES = fileURLToPath(new URL('..', import.meta.url));

/** A claim's metadata, read from the claim object: nothing runs. */
export function catalogueEntry(claim: StatementClaim): CatalogueEntry {
  return {
    id: claim.id,
    ...(claim.variant ? { variant: claim.variant } : {}),
    label: claim.source.label,
    section: claim.source.section,
    title: claim.title,
    file: relative(PROPERTIES, fileURLToPath(claim.declaredIn)).split('\\').join('/'),
  };
}

/**
 * The catalogue in paper order: every entry of the paper's own list with its claims, then claims
 * that name no listed statement (`where` empty) — both kinds of mismatch stay visible. Built from the
 * claims the audit runs (properties/sparse-kd/index.ts), so it cannot disagree with them.
 */
export function sparseKdCatalogue(): CatalogueRow[] {
  const claims = sparseKdStatements.map(catalogueEntry);
  const listed = SPARSE_KD_NUMBERED.map(({ id, where }) => ({ id, where, claims: claims.filter((c) => c.id === id) }));
  const unlisted = claims.filter((c) => !SPARSE_KD_NUMBERED.some((n) => n.id === c.id)).map((c) => ({ id: c.id, where: '', claims: [c] }));
  return [...listed, ...unlisted];
}
