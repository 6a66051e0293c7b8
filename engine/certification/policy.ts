import { Decimal } from 'decimal.js';
import type { CheckContext } from '../context.js';
import type { Exactness } from '../operator.js';
import type { TermKind } from '../verdicts.js';

/**
 * The one certification policy (DESIGN.md, "Certification, in one place"): for each kind of
 * operator, which arithmetic certifies a violation, at which precisions, beyond which allowance,
 * and what the certificate is called. Checks ask it; none repeats its numbers.
 *
 * | operator               | arithmetic | precisions | allowance          | certificate        |
 * |------------------------|------------|------------|--------------------|--------------------|
 * | generic formula        | interval   | P          | 0                  | interval (a proof) |
 * | plugin with applyExact | decimal    | P and 2P   | ctx.decimalAllowance | decimal-agreement |
 * | plugin, float64 only   | interval on the doubles it received and returned | P | ctx.floatAllowance | float-output |
 *
 * Strict inequalities (>, ≠): an exact tie or zero refutes. For a generic formula the enclosure
 * [lo, 0] shows it. A user's code can show no such thing: applyExact rounds at any precision (a gap
 * of 1e-102 is 0 at 50 and at 100 digits), float64 code rounds and underflows; so a tie (or zero)
 * in their outputs refutes only where the instance is well conditioned (TIE_CONDITIONS), where a
 * correct operator's values are far apart in either arithmetic.
 */
export interface CertificationPolicy {
  readonly exactness: Exactness;
  /** The arithmetic a point violation is certified in. */
  readonly arithmetic: 'interval' | 'decimal';
  /** Digits of each evaluation (two for decimal agreement). */
  readonly precisions: readonly number[];
  /** The margin must lie below −allowance (0: the whole enclosure on the violating side). */
  readonly allowance: number;
  readonly certificate: TermKind;
  /** Whether an exact tie in a strict margin refutes (user code: only where well conditioned). */
  readonly ties: 'exact' | 'well-conditioned';
  /** What a verdict certified under this policy rests on, for evidence summaries. */
  readonly trust: string;
}

/**
 * Float64-only code's returned doubles are taken as correct to 2^-40 relative (4096 ulps) either
 * way: [1 − 2^-40, 1 + 2^-40] exactly. Certification encloses that band, so a violation must
 * survive the code's own rounding, however an exact quantity amplifies it.
 */
export const FLOAT_OUTPUT_RELATIVE_ERROR = 2 ** -40;
export const FLOAT_OUTPUT_BAND = [
  '0.9999999999990905052982270717620849609375',
  '1.0000000000009094947017729282379150390625',
] as const;

export function certificationPolicy(exactness: Exactness, ctx: CheckContext): CertificationPolicy {
  switch (exactness) {
    case 'generic':
      return {
        exactness,
        arithmetic: 'interval',
        precisions: [ctx.precision],
        allowance: 0,
        certificate: 'interval',
        ties: 'exact',
        trust: `certified by outward-rounded interval arithmetic (${ctx.precision} digits) on the generic formula: a proof`,
      };
    case 'decimal':
      return {
        exactness,
        arithmetic: 'decimal',
        precisions: [ctx.precision, 2 * ctx.precision],
        allowance: ctx.decimalAllowance,
        certificate: 'decimal-agreement',
        ties: 'well-conditioned',
        trust: `certified by the operator's applyExact at ${ctx.precision} and ${2 * ctx.precision} digits, both beyond an allowance of ${ctx.decimalAllowance} (ties only where well conditioned)`,
      };
    case 'float64':
      return {
        exactness,
        arithmetic: 'interval',
        precisions: [ctx.precision],
        allowance: ctx.floatAllowance,
        certificate: 'float-output',
        ties: 'well-conditioned',
        trust: `the operator is float64 code only: judged on the doubles it received and returned (each returned double taken within 2^-40 relative, its rounding enclosed), beyond a rounding allowance of ${ctx.floatAllowance} (ties only where well conditioned)`,
      };
  }
}

/**
 * Does a margin, enclosed in [lo, hi] under this policy, prove a violation of margin ≥ 0 (or of
 * margin > 0 when `strict`)? Beyond the allowance always; for a strict claim, at an enclosure
 * [lo, 0] of a generic formula; for user code, a tie or a small inversion refutes only where
 * `wellConditionedTie` says the comparisons that make the margin ≤ 0 are well conditioned (it is
 * asked only then).
 */
export function provesViolation(
  policy: CertificationPolicy,
  lo: Decimal.Value,
  hi: Decimal.Value,
  strict: boolean,
  wellConditionedTie: () => boolean = () => false,
): boolean {
  const [low, high] = [new Decimal(lo), new Decimal(hi)];
  if (low.isNaN() || high.isNaN()) return false;
  if (policy.allowance === 0) return strict ? high.lte(0) : high.lt(0);
  if (high.lt(-policy.allowance)) return true;
  // the enclosure may straddle 0 (float64 outputs are widened): the tie itself is judged exactly
  if (!strict || low.gt(0)) return false;
  return wellConditionedTie();
}

/**
 * When a tie (or zero) in user code's outputs (float64, or applyExact's decimals) is a violation,
 * not rounding or underflow: the inputs it distinguishes are masses ≥ minMass whose ratio is ≥ 1 + minRatioGap,
 * at a temperature in [1/maxTemperatureFactor, maxTemperatureFactor]. There a strictly monotone
 * operator of any reasonable steepness returns values far apart in float64 (power softening: a
 * ratio ≥ (1 + 2^-20)^(1/16) − 1 ≈ 6e-8, some 10^8 ulps), and masses ≥ 2^-30 raised to 16 stay
 * far above underflow (≥ 1e-144).
 */
export const TIE_CONDITIONS = { minMass: 2 ** -30, minRatioGap: 2 ** -20, maxTemperatureFactor: 16 } as const;

/** Is T (exact decimal string) within the temperatures where float64 ties are meaningful? */
export function tieTemperature(T: Decimal.Value): boolean {
  const t = new Decimal(T);
  return t.gte(new Decimal(1).div(TIE_CONDITIONS.maxTemperatureFactor)) && t.lte(TIE_CONDITIONS.maxTemperatureFactor);
}

/** Are two masses a > b ≥ 0 distinguishable for a tie decision (b may be 0 only when asked for positivity)? */
export function tieSeparated(a: Decimal.Value, b: Decimal.Value): boolean {
  const [x, y] = [new Decimal(a), new Decimal(b)];
  return y.gte(TIE_CONDITIONS.minMass) && x.gte(y.times(1 + TIE_CONDITIONS.minRatioGap));
}

/** Is a mass large enough that a float64 output of exactly 0 for it is not underflow? */
export function tieMass(a: Decimal.Value): boolean {
  return new Decimal(a).gte(TIE_CONDITIONS.minMass);
}

/**
 * The float-safe region of float64-only code, by the same conditions: every mass 0 or ≥ 2^-30 of
 * its vector's total, every temperature in [1/16, 16]. There p^(1/T) and its kin stay ≥ 1e-144, far
 * from underflow; beyond it a correct formula's float64 code may underflow inside (a geometric pool
 * at T = 1e-4 over masses 1e-300 returns another argmax), so its outputs refute nothing there.
 */
/** A weight vector with the masses below TIE_CONDITIONS.minMass of its total set to 0. */
export function withoutTinyMasses(w: readonly string[]): string[] {
  const total = w.reduce((s, v) => s.plus(v), new Decimal(0));
  const kept = w.map((v) => (new Decimal(v).div(total).lt(TIE_CONDITIONS.minMass) ? '0' : v));
  return kept.some((v) => v !== '0') ? kept : [...w];
}

/** A temperature clamped into [1/16, 16] (exact decimals). */
export function safeTemperature(T: string): string {
  const [lo, hi] = [new Decimal(1).div(TIE_CONDITIONS.maxTemperatureFactor), new Decimal(TIE_CONDITIONS.maxTemperatureFactor)];
  const t = new Decimal(T);
  return t.lt(lo) ? lo.toString() : t.gt(hi) ? hi.toString() : T;
}

export function floatSafe(vectors: ReadonlyArray<readonly string[]>, temperatures: readonly string[]): boolean {
  return (
    temperatures.every(tieTemperature) &&
    vectors.every((w) => {
      const total = w.reduce((s, v) => s.plus(v), new Decimal(0));
      return w.every((v) => new Decimal(v).isZero() || new Decimal(v).div(total).gte(TIE_CONDITIONS.minMass));
    })
  );
}
