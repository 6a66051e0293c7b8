import type { Num } from '../../engine/num/index.js';

/**
 * How far an operator's formula can be trusted in each arithmetic:
 * - 'generic': one formula over Num<T>, so interval evaluation certifies;
 * - 'decimal': a user's applyExact (decimal only), certified by agreement at two precisions;
 * - 'float64': float64 code only; violations are judged from its returned doubles, taken exactly.
 */
export type Exactness = 'generic' | 'decimal' | 'float64';

/** A probability-domain softening family {F_T}, T > 0 (Sparse-KD, Section IV). */
export interface SofteningOperator {
  readonly kind: 'softening';
  /** Unique name; variants are 'family/variant'. */
  readonly name: string;
  /** One line for reports: the formula and, for variants, the reading of the paper it encodes. */
  readonly description: string;
  readonly exactness: Exactness;
  /** F_T(p). p is a point of the closed simplex, T > 0. Must not mutate p. */
  apply<X>(N: Num<X>, p: readonly X[], T: X): X[];
}
