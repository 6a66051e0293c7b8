import * as fc from 'fast-check';
import { Decimal } from 'decimal.js';

/**
 * Temperatures as exact decimal strings m·10^e. Simple values (1, 2, 1/2, 10, …) come first so
 * shrinking lands on them; m·10^e with e ∈ [−9, 9] covers 1e-9 … 1e12 log-uniformly.
 */
const D = Decimal.clone({ precision: 60 });

export const SIMPLE_TEMPERATURES = ['1', '2', '0.5', '10', '0.1', '3', '4', '0.25', '100', '0.01', '1e-6', '1e6'];

export const TEMPERATURE_COVERAGE = 'T in {1, 2, 1/2, 10, 1/10, …, 1e-6, 1e6} and m·10^e (m ≤ 999, |e| ≤ 9)';

export const temperatureArb: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constantFrom(...SIMPLE_TEMPERATURES), weight: 3 },
  {
    arbitrary: fc
      .tuple(fc.integer({ min: 1, max: 999 }), fc.integer({ min: -9, max: 9 }))
      .map(([m, e]) => normalize(`${m}e${e}`)),
    weight: 4,
  },
);

export function normalize(t: string): string {
  return new D(t).toString();
}

/** a < b, exactly. */
export function temperatureLess(a: string, b: string): boolean {
  return new D(a).lt(b);
}

/** Complexity of a temperature: significant digits plus the size of its decimal exponent. */
export function temperatureComplexity(t: string): number {
  const d = new D(t);
  return d.precision(true) + Math.abs(d.e);
}

/** Simpler temperatures than t, simplest first, each strictly simpler. */
export function simplerTemperatures(t: string): string[] {
  const d = new D(t);
  const candidates = [
    ...SIMPLE_TEMPERATURES,
    d.toSignificantDigits(1).toString(),
    d.toSignificantDigits(2).toString(),
    new D(10).pow(Math.round(Math.log10(d.toNumber()))).toString(),
    d.round().toString(),
  ];
  const own = temperatureComplexity(t);
  return [...new Set(candidates)].filter((c) => new D(c).gt(0) && c !== t && temperatureComplexity(c) < own);
}

/** The range targeted search may climb through: the generated range, with a decade to spare. */
const LOWEST = new D('1e-10');
const HIGHEST = new D('1e13');

/** t scaled by a factor, kept to 12 significant digits and inside the searched range. */
export function scaleTemperature(t: string, factor: number): string {
  return D.min(HIGHEST, D.max(LOWEST, new D(t).times(factor)))
    .toSignificantDigits(12)
    .toString();
}
