import * as fc from 'fast-check';
import { Decimal } from 'decimal.js';
import { exactRationals, exactSum } from '../instance/weights.js';

/**
 * Points of the closed simplex as exact weights (see engine/instance/weights.ts), generated with a
 * deliberate bias toward the hard places: exact zeros, exact and near ties, tiny masses (below
 * 1e-300, beyond float64), one-hot and near-uniform points, Zipf-like tails and large V.
 */
const D = Decimal.clone({ precision: 4000, minE: -9e15, maxE: 9e15 });

const entry = fc.oneof(
  { arbitrary: fc.constant('0'), weight: 2 },
  { arbitrary: fc.integer({ min: 1, max: 10 }).map(String), weight: 6 },
  { arbitrary: fc.integer({ min: 1, max: 1000 }).map(String), weight: 3 },
  { arbitrary: fc.integer({ min: 300, max: 340 }).map((e) => `1e-${e}`), weight: 1 },
);

const positive = (w: string[]) => w.some((x) => x !== '0' && !new D(x).isZero());
const small = fc.array(entry, { minLength: 2, maxLength: 8 }).filter(positive);
const medium = fc.array(entry, { minLength: 9, maxLength: 64 }).filter(positive);
const tied = fc
  .tuple(
    fc.integer({ min: 1, max: 9 }),
    fc.integer({ min: 2, max: 4 }),
    fc.array(fc.integer({ min: 0, max: 9 }), { maxLength: 5 }),
  )
  .map(([top, copies, rest]) => [...Array<string>(copies).fill(String(top)), ...rest.map(String)]);
const nearTie = fc.tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 0, max: 5 })).map(([digits, zeros]) => {
  const big = 10n ** BigInt(digits);
  return [big.toString(), (big + 1n).toString(), ...Array<string>(zeros).fill('0')];
});
const oneHot = fc.integer({ min: 2, max: 12 }).map((v) => ['1', ...Array<string>(v - 1).fill('0')]);
const uniform = fc.integer({ min: 2, max: 64 }).map((v) => Array<string>(v).fill('1'));
const zipf = fc
  .tuple(fc.integer({ min: 10, max: 1200 }), fc.integer({ min: 5, max: 20 }))
  .map(([v, s10]) => Array.from({ length: v }, (_, i) => Math.max(1, Math.round(1e6 / (i + 1) ** (s10 / 10))).toString()));

export const simplexArb: fc.Arbitrary<string[]> = fc.oneof(
  { arbitrary: small, weight: 10 },
  { arbitrary: tied, weight: 3 },
  { arbitrary: nearTie, weight: 2 },
  { arbitrary: oneHot, weight: 1 },
  { arbitrary: uniform, weight: 1 },
  { arbitrary: medium, weight: 2 },
  { arbitrary: zipf, weight: 1 },
);

/**
 * Constants code compares against (`p[i] > 0.3`, `x < 1e-4 ? 0 : x`, `p[i] > 1 / V`), as rationals
 * a/b: continuity checks place a point exactly on such a hyperplane p_i = a/b and move it both ways.
 */
export const PLANE_CONSTANTS: ReadonlyArray<readonly [number, number]> = [
  [1, 2],
  [1, 10],
  [1, 4],
  [3, 10],
  [1, 5],
  [3, 4],
  [1, 3],
  [9, 10],
  [1, 100],
  [1, 1000],
  [1, 10 ** 4],
  [1, 10 ** 5],
  [1, 10 ** 6],
  [1, 10 ** 8],
  [1, 10 ** 12],
];

/**
 * p of the closed simplex with p_i = a/b exactly (a/b from PLANE_CONSTANTS, or 1/V): the other
 * coordinates are integers r_j scaled by b − a and w_i = a·Σr, so p_i = a·Σr / (b·Σr) exactly.
 */
export const onPlaneArb: fc.Arbitrary<{ w: string[]; i: number; plane: string }> = fc
  .tuple(
    fc
      .array(fc.oneof({ arbitrary: fc.constant(0), weight: 1 }, { arbitrary: fc.integer({ min: 1, max: 10 }), weight: 4 }), {
        minLength: 1,
        maxLength: 5,
      })
      .filter((r) => r.some((x) => x > 0)),
    fc.integer({ min: 0, max: PLANE_CONSTANTS.length }),
    // the first coordinate half the time (code often singles out p[0]), else any
    fc.oneof(fc.constant(0), fc.nat()),
  )
  .map(([rest, c, at]) => {
    const V = rest.length + 1;
    const [a, b] = c === PLANE_CONSTANTS.length ? [1, V] : PLANE_CONSTANTS[c];
    const S = rest.reduce((s, x) => s + x, 0);
    const i = at % V;
    const others = rest.map((r) => (BigInt(r) * BigInt(b - a)).toString());
    return { w: [...others.slice(0, i), (BigInt(a) * BigInt(S)).toString(), ...others.slice(i)], i, plane: `${a}/${b}` };
  });

export const SIMPLEX_COVERAGE =
  'p in the closed simplex, V 2–1200 (exact zeros, exact and near ties, masses down to 1e-340, one-hot, uniform, Zipf tails)';

/** Largest reduced denominator of p, as a number of decimal digits (the second key of minimality). */
export function denominatorDigits(w: readonly string[]): number {
  return Math.max(...exactRationals(w).map(([, d]) => (d === 1n ? 0 : d.toString().length)));
}

/**
 * Simpler points near w: fewer coordinates first, then smaller denominators. Coordinates are
 * dropped in blocks of halving size before one at a time (as in delta debugging), so a
 * counterexample found at V = 1000 reaches a small V in logarithmically many certified steps.
 */
export function simplerWeights(w: readonly string[]): string[][] {
  const out: string[][] = [];
  for (let block = Math.floor(w.length / 2); block >= 1 && w.length - block >= 2; block = Math.floor(block / 2)) {
    for (let start = 0; start + block <= w.length; start += block) {
      out.push([...w.slice(0, start), ...w.slice(start + block)]);
    }
  }
  const S = new D(exactSum(w));
  for (const total of [1, 2, 3, 4, 5, 6, 8, 10, 12, 20, 100, 1000, 10000, 1e6]) {
    out.push(w.map((x) => new D(x).times(total).div(S).round().toString()));
    // keep positive coordinates positive: rounding a small mass to 0 changes the support
    out.push(w.map((x) => (new D(x).isZero() ? '0' : D.max(1, new D(x).times(total).div(S).round()).toString())));
  }
  out.push(w.map((x) => (new D(x).lt(1e-300) ? '0' : x)));
  return out.filter((c) => c.some((x) => x !== '0') && c.join() !== w.join());
}

/** Nearby points: one coordinate scaled by (1 ± scale). */
export function nearbyWeights(w: readonly string[], scale: number, random: () => number): string[][] {
  const i = Math.floor(random() * w.length);
  return [1 + scale, 1 - scale].map((f) => w.map((x, j) => (j === i ? new D(x).times(f).toSignificantDigits(15).toString() : x)));
}
