import { softeningAuditChecks } from '../../axioms/softening.js';
import { definePaper, operatorClaims } from '../../engine/paper/index.js';
import type { StatementClaim } from '../../engine/statement/claim.js';
import { softeningOperators } from '../../operators/softening/index.js';
import { manifest } from './manifest.js';
import { abstractRate } from './claims/abstract-rate.js';
import { conclusionRate } from './claims/conclusion-rate.js';
import { construction1 } from './claims/construction-1.js';
import { construction2, construction2Power } from './claims/construction-2.js';
import { construction3, construction3Clamped, construction3Extrapolated } from './claims/construction-3.js';
import { corollaryVI2 } from './claims/corollary-VI.2.js';
import {
  corollaryVII5BiasBounded,
  corollaryVII5PruningReducesVariance,
  corollaryVII5SparseCanWin,
} from './claims/corollary-VII.5.js';
import { corollaryVIII4Bound, corollaryVIII4Discontinuity } from './claims/corollary-VIII.4.js';
import { definitionIV1 } from './claims/definition-IV.1.js';
import { definitionVIII1 } from './claims/definition-VIII.1.js';
import { definitionVIII2 } from './claims/definition-VIII.2.js';
import { definitionX1 } from './claims/definition-X.1.js';
import { equivalenceIIExact, equivalenceIIFloat64 } from './claims/equivalence-II.js';
import { introductionRate } from './claims/introduction-rate.js';
import { lemmaVI1 } from './claims/lemma-VI.1.js';
import { overviewRate } from './claims/overview-rate.js';
import { remarkIV2 } from './claims/remark-IV.2.js';
import { remarkIX2 } from './claims/remark-IX.2.js';
import { remarkV2 } from './claims/remark-V.2.js';
import { remarkV4 } from './claims/remark-V.4.js';
import { remarkX3 } from './claims/remark-X.3.js';
import { theoremV1 } from './claims/theorem-V.1.js';
import { theoremV3, theoremV3Curves, theoremV3Reparametrised } from './claims/theorem-V.3.js';
import { theoremX2OneHot, theoremX2TopOnePlusUniform, theoremX2TopTwo, theoremX2Unrestricted } from './claims/theorem-X.2.js';
import { remarkVII2BregmanDecomposition, remarkVII2CleanFormFails, remarkVII2Qualitative } from './claims/remark-VII.2.js';
import { remarkVII4Form } from './claims/remark-VII.4.js';
import { theoremVII1AsTyped, theoremVII1NoisyTarget } from './claims/theorem-VII.1.js';
import { theoremVII3Converse, theoremVII3FixedTeacher, theoremVII3Sufficiency } from './claims/theorem-VII.3.js';
import { theoremIX1, theoremIX1WholeStages } from './claims/theorem-IX.1.js';
import { theoremVIII3AsIntended, theoremVIII3AsTyped } from './claims/theorem-VIII.3.js';
import { topKIICMaxEntropy, topKIICRenormalisation, topKIICUnderdetermined, topKIICZipfTail } from './claims/top-k-II.C.js';

/** Sparse-KD's statements as claims, in paper order. */
const statements: readonly StatementClaim[] = [
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

/** Axioms 1–5 of Definition IV.1 (and A0, F_T : Δ^V → Δ^V), with their large-vocabulary readings, checked on every softening operator. */
const axioms = operatorClaims('softening', 'axiom', softeningAuditChecks);

/** Sparse-KD in the registry: the softening families of §V checked against its axioms, and its statements. */
export const paper = definePaper({ manifest, claims: [...axioms, ...statements], operators: { softening: softeningOperators } });
