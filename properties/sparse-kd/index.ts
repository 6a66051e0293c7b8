import type { StatementClaim } from '../../engine/statement/claim.js';
import { abstractRate } from './abstract-rate.js';
import { conclusionRate } from './conclusion-rate.js';
import { corollaryVI2 } from './corollary-VI.2.js';
import { corollaryVII5BiasBounded, corollaryVII5PruningReducesVariance, corollaryVII5SparseCanWin } from './corollary-VII.5.js';
import { corollaryVIII4Bound, corollaryVIII4Discontinuity } from './corollary-VIII.4.js';
import { definitionIV1 } from './definition-IV.1.js';
import { definitionVIII1 } from './definition-VIII.1.js';
import { definitionVIII2 } from './definition-VIII.2.js';
import { equivalenceIIExact, equivalenceIIFloat64 } from './equivalence-II.js';
import { introductionRate } from './introduction-rate.js';
import { lemmaVI1 } from './lemma-VI.1.js';
import { overviewRate } from './overview-rate.js';
import { remarkIV2 } from './remark-IV.2.js';
import { remarkIX2 } from './remark-IX.2.js';
import { remarkVII2BregmanDecomposition, remarkVII2CleanFormFails, remarkVII2Qualitative } from './remark-VII.2.js';
import { remarkVII4Form } from './remark-VII.4.js';
import { theoremVII1AsTyped, theoremVII1NoisyTarget } from './theorem-VII.1.js';
import { theoremVII3Converse, theoremVII3FixedTeacher, theoremVII3Sufficiency } from './theorem-VII.3.js';
import { theoremIX1, theoremIX1WholeStages } from './theorem-IX.1.js';
import { theoremVIII3AsIntended, theoremVIII3AsTyped } from './theorem-VIII.3.js';
import { topKIICMaxEntropy, topKIICRenormalisation, topKIICUnderdetermined, topKIICZipfTail } from './top-k-II.C.js';

/** Sparse-KD's statements as claims, in paper order: the catalogue `kdaudit audit` runs and `kdaudit list` prints. */
export const sparseKdStatements: readonly StatementClaim[] = [
  abstractRate,
  introductionRate,
  equivalenceIIExact,
  equivalenceIIFloat64,
  topKIICUnderdetermined,
  topKIICZipfTail,
  topKIICRenormalisation,
  topKIICMaxEntropy,
  overviewRate,
  definitionIV1,
  remarkIV2,
  lemmaVI1,
  corollaryVI2,
  theoremVII1NoisyTarget,
  theoremVII1AsTyped,
  remarkVII2CleanFormFails,
  remarkVII2BregmanDecomposition,
  remarkVII2Qualitative,
  theoremVII3Sufficiency,
  theoremVII3Converse,
  theoremVII3FixedTeacher,
  remarkVII4Form,
  corollaryVII5PruningReducesVariance,
  corollaryVII5BiasBounded,
  corollaryVII5SparseCanWin,
  definitionVIII1,
  definitionVIII2,
  theoremVIII3AsTyped,
  theoremVIII3AsIntended,
  corollaryVIII4Bound,
  corollaryVIII4Discontinuity,
  theoremIX1,
  theoremIX1WholeStages,
  remarkIX2,
  conclusionRate,
];
