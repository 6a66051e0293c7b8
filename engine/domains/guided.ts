import * as fc from 'fast-check';
import { Decimal } from 'decimal.js';
import { exactDecimalOfDouble } from '../num/index.js';
import { playsRole, type Boundary } from '../source/boundary.js';
import { MAX_TEMPERATURE, MIN_TEMPERATURE } from './validate.js';

/**
 * Instances at and around the values operator code branches at (engine/source/harvest.ts): each
 * boundary c is tried exactly, at the double nearest it and the doubles on either side (where
 * float64 code branches), and at c·(1 ± 1e-9) and c·(1 ± 2^-20) (a branch whose two sides
 * disagree in a narrow band). Everything stays exact: a point of the simplex with p_i = c is
 * built from exact weights, so a certificate proves what happens at c itself.
 */

/** Generation at harvested boundaries: the arbitrary, and the boundaries it can place instances at. */
export interface Guidance<X> {
  readonly arbitrary: fc.Arbitrary<X>;
  readonly tried: readonly Boundary[];
}

const D = Decimal.clone({ precision: 200, minE: -9e15, maxE: 9e15 });
/** Relative offsets either side of a boundary, smallest first (2^-20 as its exact decimal). */
const OFFSETS = ['1e-9', '9.5367431640625e-7'];

/** A value as an exact ratio [a, b] of decimal strings ('0.37' → ['0.37', '1'], '1000/1000001' as is). */
function ratioOf(value: string): [string, string] {
  const [a, b = '1'] = value.split('/');
  return [a, b];
}

/** The doubles just below and above x. */
function adjacentDoubles(x: number): [number, number] {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const bits = view.getBigUint64(0);
  const step = (delta: bigint) => {
    view.setBigUint64(0, bits + delta);
    return view.getFloat64(0);
  };
  return x > 0 ? [step(-1n), step(1n)] : [x, x];
}

/**
 * The points tried around c = a/b, as exact ratios, c itself first (so shrinking lands on it): the
 * double nearest c and its neighbours, then c·(1 ∓ ε) for each offset ε.
 */
function ladder(value: string): Array<[string, string]> {
  const [a, b] = ratioOf(value);
  const c = new D(a).div(b);
  const nearest = c.toNumber();
  const doubles = [nearest, ...adjacentDoubles(nearest)].map((d): [string, string] => [exactDecimalOfDouble(d), '1']);
  const offsets = OFFSETS.flatMap((e) =>
    [new D(1).minus(e), new D(1).plus(e)].map((f): [string, string] => [new D(a).times(f).toString(), b]),
  );
  const seen = new Set<string>();
  return [[a, b] as [string, string], ...doubles, ...offsets].filter(([n, d]) => {
    const key = new D(n).div(d).toString();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Shares a/b in (0, 1] at and around each boundary playing `role`: where a coordinate, a ratio to the maximum or a teacher weight is compared. */
export function sharesAround(
  boundaries: readonly Boundary[],
  role: 'mass' | 'ratio',
): { tried: Boundary[]; points: Array<[string, string]> } {
  const tried: Boundary[] = [];
  const points: Array<[string, string]> = [];
  for (const boundary of boundaries.filter((b) => playsRole(b, role))) {
    const inRange = ladder(boundary.value).filter(([n, d]) => new D(n).gt(0) && new D(n).lte(d));
    if (inRange.length === 0) continue;
    tried.push(boundary);
    points.push(...inRange);
  }
  return { tried, points };
}

/** Temperatures (exact decimals in the searched range) at and around each boundary playing the temperature role. */
function temperaturesAround(boundaries: readonly Boundary[]): { tried: Boundary[]; points: string[] } {
  const tried: Boundary[] = [];
  const points: string[] = [];
  for (const boundary of boundaries.filter((b) => playsRole(b, 'temperature'))) {
    // a temperature is a decimal: a/b (b ≠ 1 only for values without a finite decimal) is tried at its 40-digit rounding
    const inRange = ladder(boundary.value)
      .map(([n, d]) => (d === '1' ? n : new D(n).div(d).toSignificantDigits(40).toString()))
      .filter((t) => new D(t).gte(MIN_TEMPERATURE) && new D(t).lte(MAX_TEMPERATURE));
    if (inRange.length === 0) continue;
    tried.push(boundary);
    points.push(...new Set(inRange));
  }
  return { tried, points };
}

/** Small integers, zeros allowed, at least one positive: the other coordinates of a constructed point. */
const entry = fc.oneof({ arbitrary: fc.constant(0), weight: 1 }, { arbitrary: fc.integer({ min: 1, max: 10 }), weight: 4 });
const rest = (maxLength: number) => fc.array(entry, { minLength: 1, maxLength }).filter((r) => r.some((x) => x > 0));

/**
 * p ∈ Δ^V (V ≤ maxV) with p_i = a/b exactly: w_i = a·Σr, the others r_j·(b − a), so
 * p_i = a·Σr / (b·Σr). Teacher weights in Δ^K are built the same way.
 */
export function sharesAt(points: ReadonlyArray<[string, string]>, maxV = 6): fc.Arbitrary<string[]> {
  return fc.tuple(rest(maxV - 1), fc.constantFrom(...points), fc.nat()).map(([r, [a, b], at]) => {
    const S = r.reduce((s, x) => s + x, 0);
    const others = r.map((x) => new D(x).times(new D(b).minus(a)).toString());
    const i = at % (others.length + 1);
    return [...others.slice(0, i), new D(a).times(S).toString(), ...others.slice(i)];
  });
}

/** p ∈ Δ^V (V ≤ maxV) with p_i / max_j p_j = a/b exactly: the maximum t·b, p_i's weight t·a, the others r_j·b with r_j ≤ t. */
export function ratiosAt(points: ReadonlyArray<[string, string]>, maxV = 6): fc.Arbitrary<string[]> {
  return fc
    .integer({ min: 1, max: 10 })
    .chain((t) =>
      fc.tuple(
        fc.constant(t),
        fc.array(fc.integer({ min: 0, max: t }), { maxLength: maxV - 2 }),
        fc.constantFrom(...points),
        fc.nat(),
      ),
    )
    .map(([t, r, [a, b], shift]) => {
      const w = [new D(t).times(b).toString(), new D(t).times(a).toString(), ...r.map((x) => new D(x).times(b).toString())];
      const k = shift % w.length;
      return [...w.slice(k), ...w.slice(0, k)];
    });
}

/** One of several arbitraries, or undefined when there are none. */
export function anyOf<X>(arbitraries: ReadonlyArray<fc.Arbitrary<X> | undefined>): fc.Arbitrary<X> | undefined {
  const present = arbitraries.filter((a): a is fc.Arbitrary<X> => a !== undefined);
  return present.length === 0 ? undefined : present.length === 1 ? present[0] : fc.oneof(...present);
}

/** Points of the simplex at the boundaries (coordinates at a share, coordinates at a ratio to the maximum). */
export function guidedWeights(boundaries: readonly Boundary[]): { arbitrary?: fc.Arbitrary<string[]>; tried: Boundary[] } {
  const [mass, ratio] = [sharesAround(boundaries, 'mass'), sharesAround(boundaries, 'ratio')];
  const arbitrary = anyOf([
    mass.points.length ? sharesAt(mass.points) : undefined,
    ratio.points.length ? ratiosAt(ratio.points) : undefined,
  ]);
  return { arbitrary, tried: [...mass.tried, ...ratio.tried] };
}

/** Temperatures at the boundaries. */
export function guidedTemperatures(boundaries: readonly Boundary[]): { arbitrary?: fc.Arbitrary<string>; tried: Boundary[] } {
  const { tried, points } = temperaturesAround(boundaries);
  return { arbitrary: points.length ? fc.constantFrom(...points) : undefined, tried };
}

/** The boundaries some generator tried, in the harvest's order, each once (a boundary tried in two roles is listed once). */
export function triedOf(boundaries: readonly Boundary[], ...tried: ReadonlyArray<readonly Boundary[]>): Boundary[] {
  const used = new Set(tried.flat());
  return boundaries.filter((b) => used.has(b));
}
