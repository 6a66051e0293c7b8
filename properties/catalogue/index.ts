import { readClaims, type CatalogueEntry } from './read-claims.js';
import { SPARSE_KD_NUMBERED } from './sparse-kd-numbered.js';

export { readClaims, type CatalogueEntry } from './read-claims.js';
export { SPARSE_KD_NUMBERED } from './sparse-kd-numbered.js';

/** One line of the catalogue: a statement of the paper's list with the claims encoding it (none = not encoded). */
export interface CatalogueRow {
  id: string;
  where: string;
  claims: CatalogueEntry[];
}

/**
 * The catalogue in paper order: every entry of the paper's own list with its claims, then claims
 * that name no listed statement (`where` empty) — both kinds of mismatch stay visible.
 */
export function sparseKdCatalogue(): CatalogueRow[] {
  const claims = readClaims('sparse-kd');
  const listed = SPARSE_KD_NUMBERED.map(({ id, where }) => ({ id, where, claims: claims.filter((c) => c.id === id) }));
  const unlisted = claims.filter((c) => !SPARSE_KD_NUMBERED.some((n) => n.id === c.id)).map((c) => ({ id: c.id, where: '', claims: [c] }));
  return [...listed, ...unlisted];
}
