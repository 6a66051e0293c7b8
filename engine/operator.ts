import type { Exactness } from '../operators/softening/types.js';

/** What the engine needs of any operator it audits (softening, aggregation, a user's plugin). */
export interface AuditedOperator {
  readonly kind: string;
  /** Unique name; variants are 'family/variant'. */
  readonly name: string;
  readonly description: string;
  readonly exactness: Exactness;
}
