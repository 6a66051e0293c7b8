import type { StatementClaim } from '../../engine/statement/claim.js';
import { corollaryVI2 } from './corollary-VI.2.js';
import { definitionIV1 } from './definition-IV.1.js';
import { lemmaVI1 } from './lemma-VI.1.js';
import { remarkIV2 } from './remark-IV.2.js';

/** Sparse-KD's statements as claims, in paper order: the catalogue `kdaudit audit` runs and `kdaudit list` prints. */
export const sparseKdStatements: readonly StatementClaim[] = [definitionIV1, remarkIV2, lemmaVI1, corollaryVI2];
