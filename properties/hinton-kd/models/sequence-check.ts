import { Decimal } from 'decimal.js';
import type { Check } from '../../../engine/check.js';
import { decimalNum, float64, intervalNum, type Num } from '../../../engine/num/index.js';
import type { AuditedOperator } from '../../../engine/operator.js';

/**
 * A statement about a limit T → 0⁺ or T → ∞, judged along a sequence of temperatures (DESIGN.md,
 * "Limits"): each term is computed exactly, and a margin built from the terms decides. Screening
 * uses decimal arithmetic, not float64: the terms at T = 10^30 are differences float64 cannot hold.
 * A violation is certified with outward-rounded intervals; a finite sequence is evidence, never a
 * proof, and the certificate says so.
 */
export interface SequenceSpec<X> extends Pick<
  Check<X, AuditedOperator>,
  'id' | 'variant' | 'title' | 'statement' | 'domain' | 'runs'
> {
  /** The temperatures at x, exact decimal strings, in the order the limit is taken. */
  temperatures(x: X): string[];
  term<V>(N: Num<V>, x: X, T: V): V;
  /** ≥ 0 where the terms agree with the statement. */
  judge<V>(N: Num<V>, x: X, terms: V[]): V;
  /** False where the statement says nothing (an assumption of it unmet): never a candidate. */
  applies?(x: X): boolean;
  /** What the margin measures, for the certificate. */
  readonly quantity: string;
  /** What a certified negative margin shows. */
  readonly violation: string;
  readonly procedure: string;
  /**
   * 'float64' where the terms are no cancellations (a distance to a limit compared with 10^-6);
   * 'decimal' (the default) where they are (T²·∇C at T = 10^16, rates).
   */
  readonly screenIn?: 'float64' | 'decimal';
}

const SCREEN_DIGITS = 30;

/**
 * Digits to carry beyond the base: at T = 10^e, e > 0, a term is a difference of order 10^-3e or
 * larger (the rates go to T^-3). Small T needs none: decimal.js's exponent range holds exp(−10^40).
 */
const extraDigits = (temps: readonly string[]) => Math.max(0, ...temps.map((t) => new Decimal(t).e)) * 3;

function margin<V, X>(spec: SequenceSpec<X>, N: Num<V>, x: X): V {
  const terms = spec.temperatures(x).map((t) => spec.term(N, x, N.of(t)));
  return spec.judge(N, x, terms);
}

export function sequenceCheck<X>(spec: SequenceSpec<X>): Check<X, AuditedOperator> {
  const applies = (x: X) => !spec.applies || spec.applies(x);
  return {
    id: spec.id,
    variant: spec.variant,
    title: spec.title,
    statement: spec.statement,
    // no hill-climbing: each screen costs a decimal evaluation per term, and a limit's margin has
    // no slope worth climbing — the random cases (and their shrinking) are the search
    domain: { ...spec.domain, neighbours: () => [] },
    runs: spec.runs,
    evidenceKind: 'certified-sequence',
    procedure: `${spec.procedure} (screened in ${spec.screenIn ?? 'decimal'}, violations certified by intervals)`,
    maxCertifications: 40,
    screen(_op, x) {
      if (!applies(x)) return 1;
      if (spec.screenIn === 'float64') return margin(spec, float64, x);
      const D = decimalNum(SCREEN_DIGITS + extraDigits(spec.temperatures(x)));
      return D.toNumber(margin(spec, D, x));
    },
    certify(_op, x, ctx) {
      if (!applies(x)) return undefined;
      const temps = spec.temperatures(x);
      const I = intervalNum(ctx.precision + extraDigits(temps));
      const [lo, hi] = I.bounds(margin(spec, I, x));
      if (!new Decimal(hi).lt(0)) return undefined;
      const round = (s: string, mode: Decimal.Rounding) => new Decimal(s).toSignificantDigits(30, mode).toString();
      return {
        kind: 'sequence-evidence',
        terms: 'interval',
        quantity: `${spec.quantity}, along T = ${temps.join(', ')}`,
        lo: round(lo, Decimal.ROUND_FLOOR),
        hi: round(hi, Decimal.ROUND_CEIL),
        explanation: `${spec.violation} Each term is an outward-rounded interval enclosure at ${ctx.precision + extraDigits(temps)} digits. A finite sequence is evidence, not a proof: only a quantity that changes course beyond T = ${temps.at(-1)} could show the same.`,
      };
    },
  };
}
