/**
 * One formula, three arithmetics. Operators, margins and obligations are written once against
 * `Num<T>` and run in float64 (screening), decimal (exact semantics at a chosen precision) and
 * outward-rounded intervals (certification).
 */
export type ArithmeticKind = 'float64' | 'decimal' | 'interval';

/** A three-valued answer: intervals may be unable to decide a comparison. */
export type Maybe = boolean | undefined;

export interface Num<T> {
  readonly kind: ArithmeticKind;
  /** Significant decimal digits carried (17 for float64). */
  readonly precision: number;
  /** An exact decimal literal ("0.1", "1e-320", "3") or a JS number, enclosed when not representable. */
  of(x: string | number): T;
  /** The rational a/b of two exact decimal literals, enclosed when not representable. */
  ratio(a: string, b: string): T;
  add(a: T, b: T): T;
  sub(a: T, b: T): T;
  mul(a: T, b: T): T;
  div(a: T, b: T): T;
  neg(a: T): T;
  abs(a: T): T;
  exp(a: T): T;
  /** Natural logarithm; ln(0) = -∞. */
  ln(a: T): T;
  /** a^b for a ≥ 0 (0^b = 0 for b > 0). */
  pow(a: T, b: T): T;
  min(a: T, b: T): T;
  max(a: T, b: T): T;
  sum(xs: readonly T[]): T;
  /**
   * The smallest value enclosing both. Only interval arithmetic can leave a comparison undecided,
   * so only it ever needs a hull; the point arithmetics return the lesser value.
   */
  hull(a: T, b: T): T;
  /** a < b, or undefined when the arithmetic cannot decide. */
  lt(a: T, b: T): Maybe;
  /** a ≤ b, or undefined when the arithmetic cannot decide. */
  le(a: T, b: T): Maybe;
  /** True when the value is a finite real (not NaN, not ±∞; intervals: both ends finite). */
  isFinite(a: T): boolean;
  /**
   * True when the value certainly does not exist: interval arithmetic's empty set, the result of a
   * division by an exact 0 (IEEE 1788), carried through every later operation. The point
   * arithmetics say false: their NaN or ±∞ may be rounding, not mathematics.
   */
  isEmpty(a: T): boolean;
  /** Lower and upper bounds as decimal strings (equal outside interval arithmetic). */
  bounds(a: T): [string, string];
  /** A float64 approximation (the midpoint for intervals). */
  toNumber(a: T): number;
}

/** Any arithmetic, for code that only passes values through. */
export type AnyNum = Num<unknown>;
