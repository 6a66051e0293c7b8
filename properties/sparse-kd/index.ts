import type { StatementClaim } from '../../engine/statement/claim.js';
import { lemmaVI1 } from './lemma-VI.1.js';

/** Sparse-KD's statements as claims, in paper order: the catalogue `kdaudit audit` runs and `kdaudit list` prints. */
export const sparseKdStatements: readonly StatementClaim[] = [lemmaVI1];
