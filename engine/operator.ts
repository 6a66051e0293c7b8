/**
 * How far an operator's formula can be trusted in each arithmetic:
 * - 'generic': one formula over Num<T>, so interval evaluation certifies;
 * - 'decimal': a user's applyExact (decimal only), certified by agreement at two precisions;
 * - 'float64': float64 code only; violations are judged from its returned doubles, taken exactly.
 */
export type Exactness = 'generic' | 'decimal' | 'float64';

/** What the engine needs of any operator it audits (softening, aggregation, a user's plugin). */
export interface AuditedOperator {
  readonly kind: string;
  /** Unique name; variants are 'family/variant'. */
  readonly name: string;
  readonly description: string;
  readonly exactness: Exactness;
  /**
   * The modules whose code computes the operator (paths or file: URLs, e.g. a built-in's
   * `import.meta.url`, a plugin's path): harvested for the constants the code branches at, which
   * the search then tries (engine/source/). Absent: the search runs without source guidance.
   */
  readonly sources?: readonly string[];
  /**
   * User code only: calls after this time (ms since the epoch) throw BudgetExhausted instead of
   * running, and no call runs past it, so a slow plugin cannot stretch a check beyond its budget.
   */
  setDeadline?(epochMs: number): void;
}
