import type { StatementClaim } from '../../engine/statement/claim.js';
import { corollaryVI2 } from './corollary-VI.2.js';
import { equivalenceIIExact, equivalenceIIFloat64 } from './equivalence-II.js';
import { topKIICMaxEntropy, topKIICRenormalisation, topKIICUnderdetermined, topKIICZipfTail } from './top-k-II.C.js';
import { definitionIV1 } from './definition-IV.1.js';
import { lemmaVI1 } from './lemma-VI.1.js';
import { remarkIV2 } from './remark-IV.2.js';

/** Sparse-KD's statements as claims, in paper order: the catalogue `kdaudit audit` runs and `kdaudit list` prints. */
export const sparseKdStatements: readonly StatementClaim[] = [
  equivalenceIIExact,
  equivalenceIIFloat64,
  topKIICUnderdetermined,
  topKIICZipfTail,
  topKIICRenormalisation,
  topKIICMaxEntropy,
  definitionIV1,
  remarkIV2,
  lemmaVI1,
  corollaryVI2,
];
