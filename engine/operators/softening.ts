import type { Num } from '../num/index.js';

import type { Exactness } from '../operator.js';

export type { Exactness };

/** A probability-domain softening family {F_T}, T > 0 (the axioms A0–A5 are a paper's claims, properties/). */
export interface SofteningOperator {
  readonly kind: 'softening';
  /** Unique name; variants are 'family/variant'. */
  readonly name: string;
  /** One line for reports: the formula and, for variants, the reading of the paper it encodes. */
  readonly description: string;
  readonly exactness: Exactness;
  /** The modules whose code computes it, harvested to guide the search (engine/operator.ts). */
  readonly sources?: readonly string[];
  /** F_T(p). p is a point of the closed simplex, T > 0. Must not mutate p. */
  apply<X>(N: Num<X>, p: readonly X[], T: X): X[];
}
