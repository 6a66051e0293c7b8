export type { PaperManifest, PaperSection, NumberedStatement } from './manifest.js';
export {
  claimId,
  claimVariant,
  isStatement,
  operatorClaims,
  type Claim,
  type ExistenceStatement,
  type OperatorClaim,
  type OperatorFamily,
  type OperatorOf,
} from './claim.js';
export { definePaper, PAPER_ID, type Paper } from './paper.js';
export { discoverPapers } from './discover.js';
