import type { PaperManifest } from '../../engine/paper/index.js';

/**
 * The paper's identity and its own list of statements, kept by hand from the paper and
 * independently of the claim files: the catalogue test fails when an entry here has no claim, or a
 * claim is not listed. Replace the example with the paper's sections and numbered statements.
 */
export const manifest: PaperManifest = {
  id: 'new-paper-id',
  title: 'Title of the paper',
  authors: ['First Author', 'Second Author'],
  arxiv: '0000.00000',
  sections: [{ id: '1', title: 'Introduction' }],
  numbered: [{ id: 'new-paper-id/theorem-1', where: '§1: Theorem 1 (example: the largest probability is at least 1/V)' }],
};
