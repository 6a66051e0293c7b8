/**
 * Numeric settings of a run. Tolerances live here, not in claims: a float64 margin below
 * −screenTolerance is a candidate, nothing more; only certification turns it into a refutation.
 */
export interface CheckContext {
  /** Digits of the certifying interval arithmetic. */
  precision: number;
  /** Float64 screening: a margin below −screenTolerance (or NaN) is a candidate. */
  screenTolerance: number;
  /**
   * Rounding allowance for operators that are float64 code only: their returned doubles, taken
   * exactly, must violate the axiom by more than this to refute it (the axiom is then checked
   * "up to float64 rounding", and the report says so).
   */
  floatAllowance: number;
  /** The same allowance for a user's decimal applyExact, whose rounding we cannot bound. */
  decimalAllowance: number;
}

export const DEFAULT_CONTEXT: CheckContext = {
  precision: 50,
  screenTolerance: 1e-12,
  floatAllowance: 1e-10,
  decimalAllowance: 1e-25,
};
