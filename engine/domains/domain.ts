import type * as fc from 'fast-check';
import type { Boundary } from '../source/boundary.js';
import type { Guidance } from './guided.js';

/** An instance kind the search can generate, simplify, size and print (DESIGN.md, "Domains"). */
export interface Domain<X> {
  /** Generation biased toward the hard places; shrinks toward small, simple instances. */
  readonly arbitrary: fc.Arbitrary<X>;
  /** Simpler instances near x, most simplifying first (the minimiser tries them in order). */
  simplify(x: X): X[];
  /** Nearby instances at a relative scale, for targeted search that climbs toward violation. */
  neighbours(x: X, scale: number, random: () => number): X[];
  /** The minimality order: compared lexicographically, smaller is simpler. */
  size(x: X): number[];
  /** The instance exactly, for reports: probabilities as rationals, temperatures as decimals. */
  describe(x: X): Record<string, string | string[]>;
  /** What the generator covers, for evidence summaries. */
  readonly coverage: string;
  /**
   * Why a value read from outside (a corpus entry, a replay file) is not an instance of this domain,
   * or undefined when it is: shapes, exact non-negative weights, T > 0, T < T′, bounds on V and exponents.
   */
  validate(x: unknown): string | undefined;
  /**
   * The instance as float64-only code receives it: every probability and temperature replaced by
   * the exact value of the double the operator is called with, so that a float-only certificate's
   * exact quantities are computed from what the operator saw.
   */
  received?(x: X): X;
  /**
   * Whether float64 code can compute at x without underflow (every positive mass ≥ 2^-30, every
   * temperature in [1/16, 16]: engine/certification/policy.ts). Float64-only code is refuted only
   * there; elsewhere its outputs may be underflow of a correct formula, and a candidate is a
   * fidelity finding.
   */
  floatSafe?(x: X): boolean;
  /**
   * The nearest instance in the float-safe range: masses below 2^-30 of their vector set to 0,
   * temperatures clamped into [1/16, 16]. Where float64-only code cannot be judged at x, the probe
   * judges it there instead, so the search keeps its power on the cases it generates.
   */
  towardFloatSafe?(x: X): X;
  /**
   * Generation at and around the boundaries harvested from the operator's source (coordinates,
   * ratios to the maximum, temperatures, teacher weights exactly at and beside each constant the
   * code compares), or undefined when none applies to these instances. Without it, or without
   * boundaries, the search is exactly the default one; with it, a share of the random cases comes
   * from here (engine/search.ts).
   */
  guided?(boundaries: readonly Boundary[]): Guidance<X> | undefined;
}

/** Lexicographic comparison of sizes. */
export function compareSize(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}
