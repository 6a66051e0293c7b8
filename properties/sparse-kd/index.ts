import type { StatementClaim } from '../../engine/statement/claim.js';
import { abstractRate } from './abstract-rate.js';
import { conclusionRate } from './conclusion-rate.js';
import { construction1 } from './construction-V.1.1.js';
import { construction2, construction2Power } from './construction-V.1.2.js';
import { construction3, construction3Clamped, construction3Extrapolated } from './construction-V.1.3.js';
import { corollaryVI2 } from './corollary-VI.2.js';
import { corollaryVII5BiasBounded, corollaryVII5PruningReducesVariance, corollaryVII5SparseCanWin } from './corollary-VII.5.js';
import { corollaryVIII4Bound, corollaryVIII4Discontinuity } from './corollary-VIII.4.js';
import { definitionIV1 } from './definition-IV.1.js';
import { definitionVIII1 } from './definition-VIII.1.js';
import { definitionVIII2 } from './definition-VIII.2.js';
import { definitionX1 } from './definition-X.1.js';
import { equivalenceIIExact, equivalenceIIFloat64 } from './equivalence-II.js';
import { introductionRate } from './introduction-rate.js';
import { lemmaVI1 } from './lemma-VI.1.js';
import { overviewRate } from './overview-rate.js';
import { remarkIV2 } from './remark-IV.2.js';
import { remarkIX2 } from './remark-IX.2.js';
import { remarkV2 } from './remark-V.2.js';
import { remarkV4 } from './remark-V.4.js';
import { remarkX3 } from './remark-X.3.js';
import { theoremV1 } from './theorem-V.1.js';
import { theoremV3, theoremV3Curves, theoremV3Reparametrised } from './theorem-V.3.js';
import { theoremX2OneHot, theoremX2TopOnePlusUniform, theoremX2TopTwo, theoremX2Unrestricted } from './theorem-X.2.js';
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
  theoremV1,
  construction1,
  construction2,
  construction2Power,
  construction3,
  construction3Extrapolated,
  construction3Clamped,
  remarkV2,
  theoremV3,
  theoremV3Reparametrised,
  theoremV3Curves,
  remarkV4,
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
  definitionX1,
  theoremX2Unrestricted,
  theoremX2OneHot,
  theoremX2TopTwo,
  theoremX2TopOnePlusUniform,
  remarkX3,
  conclusionRate,
];
