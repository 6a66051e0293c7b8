import * as fc from 'fast-check';
import { TIE_CONDITIONS, safeTemperature, tieTemperature } from '../certification/policy.js';
import { mulberry32 } from '../search.js';
import { exactDecimalOfDouble } from '../num/index.js';
import { wordFrequencies } from './word-frequencies.js';
import { compareSize, type Domain } from './domain.js';
import {
  choiceProblem,
  decimalProblem,
  firstProblem,
  guarded,
  integerProblem,
  objectProblem,
  temperatureProblem,
} from './validate.js';
import { scaleTemperature, simplerTemperatures, temperatureArb, temperatureComplexity, temperatureLess } from './temperature.js';

/**
 * Points of Δ^V at LLM-sized vocabularies (V up to 262 144), named by their parameters rather than
 * listed: a 262 144-long vector is rebuilt from the instance, so a corpus entry stays a few hundred
 * bytes. Masses are taken in rank order from a real long-tailed distribution, then the boundary
 * cases are imposed by rank: ties in blocks, exact zeros and subnormal masses in the tail, and a
 * seeded shuffle of the coordinates so that rank order is not index order.
 *
 * The exact point is p = q / Σq, q the doubles `largeVector` builds (V8's Math.pow is fdlibm's,
 * the same on every platform for a Node version). Float64 code is called with q itself, so what an
 * operator received is exactly q.
 */
export interface LargeVocabularyPoint {
  /** 'subtlex': SUBTLEX-US word counts, continued past its last word by a Zipf tail of exponent s; 'zipf': m_r = r^-s. */
  source: 'subtlex' | 'zipf';
  V: number;
  /** The Zipf exponent (decimal string). */
  s: string;
  /** Ranks tied in blocks of this size, each block at its first rank's mass (1: no imposed ties; SUBTLEX has its own). */
  tie: number;
  /** The last `zeros` ranks are exactly 0. */
  zeros: number;
  /** The `subnormal` smallest positive ranks are scaled by 2^-1000 (before normalising) into the subnormal range, or to 0 when they underflow. */
  subnormal: number;
  /** Seed of the permutation of coordinates; 0 keeps rank order (largest first). */
  shuffle: number;
  T: string;
}

export interface LargeVocabularyPair extends LargeVocabularyPoint {
  T2: string;
}

/** The largest vocabulary generated or accepted from a corpus file (an LLM vocabulary, 2^18). */
export const LARGE_MAX_V = 262_144;
/** Vocabulary sizes drawn (those up to the run's largest V, and that V itself). */
export const LARGE_SIZES = [1024, 8192, 65_536, 131_072, 262_144] as const;
export const ZIPF_EXPONENTS = ['0.8', '1', '1.1', '1.3', '1.6', '2'] as const;
const MIN_EXPONENT = '0.5';
const MAX_EXPONENT = '3';
const MAX_TIE = 64;
const SUBNORMAL_SCALE = 2 ** -1000;

/** The point as arrays: q by coordinate, and the coordinate holding each rank (q non-increasing along it). */
export interface LargeVector {
  q: Float64Array;
  byRank: Uint32Array;
}

const vectorKey = (x: LargeVocabularyPoint) => `${x.source}|${x.V}|${x.s}|${x.tie}|${x.zeros}|${x.subnormal}|${x.shuffle}`;
/** The last two vectors built: a check evaluates one point at one or two temperatures, then moves on. */
const built = new Map<string, LargeVector>();

/** q and its rank order for x, built once and reused while x is being evaluated. */
export function largeVector(x: LargeVocabularyPoint): LargeVector {
  const key = vectorKey(x);
  const known = built.get(key);
  if (known) return known;
  const vector = build(x);
  built.set(key, vector);
  if (built.size > 2) built.delete(built.keys().next().value!);
  return vector;
}

function build(x: LargeVocabularyPoint): LargeVector {
  const { V, tie, zeros, subnormal } = x;
  const s = Number(x.s);
  const masses = new Float64Array(V);
  const counts = x.source === 'subtlex' ? wordFrequencies() : undefined;
  for (let r = 0; r < V; r++) {
    const lead = r - (r % tie);
    masses[r] = counts ? subtlexMass(counts, lead, s) : (lead + 1) ** -s;
  }
  for (let r = V - zeros - subnormal; r < V - zeros; r++) masses[r] *= SUBNORMAL_SCALE;
  masses.fill(0, V - zeros);
  // normalised after the tail is imposed, so that Σq = 1 up to rounding: code that uses q as given (no renormalising) sees a point of Δ^V
  let total = 0;
  for (let r = 0; r < V; r++) total += masses[r];
  const byRank = permutation(V, x.shuffle);
  const q = new Float64Array(V);
  for (let r = 0; r < V; r++) q[byRank[r]] = masses[r] / total;
  for (let r = 1; r < V; r++) if (!(q[byRank[r]] <= q[byRank[r - 1]])) throw new Error(`largeVector: rank ${r} out of order`);
  return { q, byRank };
}

/** SUBTLEX's probability at rank r (0-based), a Zipf tail of exponent s beyond its last word. */
function subtlexMass(frequencies: Float64Array, r: number, s: number): number {
  const n = frequencies.length;
  return r < n ? frequencies[r] : frequencies[n - 1] * (n / (r + 1)) ** s;
}

/** byRank[r] = the coordinate of rank r: a seeded Fisher–Yates shuffle, the identity for seed 0. */
function permutation(V: number, seed: number): Uint32Array {
  const order = new Uint32Array(V);
  for (let i = 0; i < V; i++) order[i] = i;
  if (seed === 0) return order;
  const random = mulberry32(seed);
  for (let i = V - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  return order;
}

/** The exact values q_i (doubles) of some coordinates, for certificates. */
export function exactMasses(x: LargeVocabularyPoint, coordinates: readonly number[]): string[] {
  const { q } = largeVector(x);
  return coordinates.map((i) => exactDecimalOfDouble(q[i]));
}

/** Every positive mass ≥ 2^-30 of the total: float64 code can be judged here (engine/certification/policy.ts). */
function massesFloatSafe(x: LargeVocabularyPoint): boolean {
  const { q, byRank } = largeVector(x);
  let total = 0;
  for (let i = 0; i < q.length; i++) total += q[i];
  // the smallest positive mass sits just before the zeros in rank order
  const smallest = q[byRank[x.V - x.zeros - 1]];
  return smallest >= TIE_CONDITIONS.minMass * total * (1 + 1e-9);
}

const arbitraryPoint = (maxV: number) => {
  const sizes = [...new Set([...LARGE_SIZES.filter((v) => v <= maxV), maxV])];
  return fc
    .record({
      source: fc.constantFrom<LargeVocabularyPoint['source']>('subtlex', 'zipf'),
      // each size alike: two cases in five above 100 000 at the audit's maxV, while an operator whose
      // float64 code costs seconds at 262 144 (entropy projection's solver) pays for a fifth of them
      V: fc.constantFrom(...sizes),
      s: fc.constantFrom(...ZIPF_EXPONENTS),
      tie: fc.oneof({ arbitrary: fc.constant(1), weight: 2 }, { arbitrary: fc.constantFrom(2, 3, 16), weight: 1 }),
      zeros: fc.oneof({ arbitrary: fc.constant(0), weight: 1 }, { arbitrary: fc.integer({ min: 1, max: 1000 }), weight: 1 }),
      subnormal: fc.oneof({ arbitrary: fc.constant(0), weight: 2 }, { arbitrary: fc.integer({ min: 1, max: 100 }), weight: 1 }),
      shuffle: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 2 ** 31 - 1 })),
      T: temperatureArb,
    })
    .map((x) => clampTail(x));
};

/** At least one coordinate keeps a normal positive mass: zeros and subnormal ranks take at most half of V. */
function clampTail<X extends LargeVocabularyPoint>(x: X): X {
  const zeros = Math.min(x.zeros, Math.floor(x.V / 2));
  return { ...x, zeros, subnormal: Math.min(x.subnormal, Math.floor((x.V - zeros) / 2)) };
}

/** The same distribution truncated to its first V ranks, the zeros and subnormal ranks scaled in proportion. */
export function atSize<X extends LargeVocabularyPoint>(x: X, V: number): X {
  return clampTail({ ...x, V, zeros: Math.floor((x.zeros * V) / x.V), subnormal: Math.floor((x.subnormal * V) / x.V) });
}

/** Minimality: V, then the number of boundary features imposed, then the temperatures. */
const features = (x: LargeVocabularyPoint) =>
  Number(x.tie > 1) + Number(x.zeros > 0) + Number(x.subnormal > 0) + Number(x.shuffle !== 0) + Number(x.s !== '1');
const pointSize = (x: LargeVocabularyPoint) => [x.V, features(x), temperatureComplexity(x.T)];
const pairSize = (x: LargeVocabularyPair) => [...pointSize(x), temperatureComplexity(x.T2)];

/** The same distribution at smaller V (a violation only above some V keeps its smallest such V), and with fewer features. */
function simplerPoints<X extends LargeVocabularyPoint>(x: X): X[] {
  // the smallest V first, then halving before the sizes in between: the checks allow a few exact
  // evaluations only, and a violation that needs V > 100 000 must not spend them all on small V
  const sizes = [...new Set([2, x.V >> 1, 256, (3 * x.V) >> 2, (7 * x.V) >> 3, 16, 1024])].filter((v) => v >= 2 && v < x.V);
  return [
    ...sizes.map((V) => atSize(x, V)),
    { ...x, tie: 1 },
    { ...x, zeros: 0 },
    { ...x, subnormal: 0 },
    { ...x, shuffle: 0 },
    { ...x, s: '1' },
  ];
}

/**
 * No targeted climbing at large V: each step is a full evaluation of V coordinates, and the
 * climb's 120 steps from 8 starting points would outweigh the stage's cases fifty to one; narrow
 * temperature bands are the small-V checks' job.
 */
const noClimbing = () => [];

function smallerOnly<X>(x: X, size: (x: X) => number[], candidates: X[]): X[] {
  const own = size(x);
  return candidates.filter((c) => compareSize(size(c), own) < 0);
}

function describeDistribution(x: LargeVocabularyPoint): string {
  const law =
    x.source === 'subtlex'
      ? `SUBTLEX-US word frequencies (74 286 words), a Zipf tail r^-${x.s} beyond`
      : `Zipf, mass ∝ r^-${x.s}`;
  const parts = [
    law,
    x.tie > 1 ? `ranks tied in blocks of ${x.tie}` : '',
    x.zeros ? `the last ${x.zeros} ranks 0` : '',
    x.subnormal ? `the ${x.subnormal} smallest positive ranks scaled by 2^-1000` : '',
    x.shuffle ? `coordinates shuffled with seed ${x.shuffle}` : 'coordinates in rank order',
  ];
  return `${parts.filter(Boolean).join('; ')}; p = q/Σq for the doubles q built from these (engine/domains/large-vocabulary.ts)`;
}

const describe = (x: LargeVocabularyPoint): Record<string, string> => ({
  distribution: describeDistribution(x),
  V: String(x.V),
  T: x.T,
});

const FIELDS = ['source', 'V', 's', 'tie', 'zeros', 'subnormal', 'shuffle', 'T'];

/** Why x is not a large-vocabulary point (V bounded by LARGE_MAX_V: a corpus file cannot ask for a billion coordinates). */
function pointProblem(x: unknown, extra: readonly string[] = []) {
  const r = x as Record<string, unknown>;
  return firstProblem(
    () => objectProblem(x, [...FIELDS, ...extra]),
    () => choiceProblem(r.source, 'source', ['subtlex', 'zipf']),
    () => integerProblem(r.V, 'V', 2, LARGE_MAX_V),
    () => decimalProblem(r.s, 's (the Zipf exponent)', MIN_EXPONENT, MAX_EXPONENT),
    () => (typeof r.s === 'string' && r.s.length > 8 ? `s ${r.s} has too many digits` : undefined),
    () => integerProblem(r.tie, 'tie (block size)', 1, MAX_TIE),
    () => integerProblem(r.zeros, 'zeros', 0, Math.floor((r.V as number) / 2)),
    () => integerProblem(r.subnormal, 'subnormal', 0, Math.floor(((r.V as number) - (r.zeros as number)) / 2)),
    () => integerProblem(r.shuffle, 'shuffle (seed)', 0, 2 ** 31 - 1),
    () => temperatureProblem(r.T),
  );
}

const COVERAGE = (maxV: number) =>
  `large vocabularies: V in {${[...new Set([...LARGE_SIZES.filter((v) => v <= maxV), maxV])].join(', ')}} (each alike), ` +
  `SUBTLEX-US word frequencies continued by a Zipf tail and Zipf laws r^-s, s in {${ZIPF_EXPONENTS.join(', ')}}, ` +
  'with ranks tied in blocks of 2, 3 or 16, up to 1000 exact zeros, up to 100 subnormal masses, shuffled coordinates';

/** Large-vocabulary points at one temperature, V up to maxV. */
export function largePointDomain(maxV = LARGE_MAX_V): Domain<LargeVocabularyPoint> {
  return {
    arbitrary: arbitraryPoint(maxV),
    simplify: (x) => smallerOnly(x, pointSize, [...simplerPoints(x), ...simplerTemperatures(x.T).map((T) => ({ ...x, T }))]),
    neighbours: noClimbing,
    size: pointSize,
    describe,
    coverage: `${COVERAGE(maxV)}; T as for the other checks`,
    floatSafe: (x) => tieTemperature(x.T) && massesFloatSafe(x),
    towardFloatSafe: (x) => ({ ...x, subnormal: 0, T: safeTemperature(x.T) }),
    validate: guarded((x) => pointProblem(x)),
  };
}

/** Large-vocabulary points at two temperatures T < T′: independent, or T′ = T(1 + 10^-k). */
export function largePairDomain(maxV = LARGE_MAX_V): Domain<LargeVocabularyPair> {
  const ordered = (x: LargeVocabularyPair) => temperatureLess(x.T, x.T2);
  return {
    arbitrary: fc
      .tuple(
        arbitraryPoint(maxV),
        fc.oneof(
          temperatureArb.map((T2) => ({ T2 })),
          fc.integer({ min: 1, max: 8 }).map((k) => ({ k })),
        ),
      )
      .map(([x, other]) => {
        if ('k' in other) return { ...x, T2: scaleTemperature(x.T, 1 + 10 ** -other.k) };
        return temperatureLess(other.T2, x.T) ? { ...x, T: other.T2, T2: x.T } : { ...x, T2: other.T2 };
      })
      .filter(ordered),
    simplify: (x) =>
      smallerOnly(
        x,
        pairSize,
        [
          ...simplerPoints(x),
          ...simplerTemperatures(x.T).map((T) => ({ ...x, T })),
          ...simplerTemperatures(x.T2).map((T2) => ({ ...x, T2 })),
        ].filter(ordered),
      ),
    neighbours: noClimbing,
    size: pairSize,
    describe: (x) => ({ ...describe(x), "T'": x.T2 }),
    coverage: `${COVERAGE(maxV)}; T < T′, independent or T′ = T(1 + 10^-k)`,
    floatSafe: (x) => tieTemperature(x.T) && tieTemperature(x.T2) && massesFloatSafe(x),
    towardFloatSafe: (x) => ({ ...x, subnormal: 0, T: safeTemperature(x.T), T2: safeTemperature(x.T2) }),
    validate: guarded((x) => {
      const r = x as LargeVocabularyPair;
      return firstProblem(
        () => pointProblem(x, ['T2']),
        () => temperatureProblem(r.T2, "T'"),
        () => (ordered(r) ? undefined : `T < T' is required, not T = ${r.T}, T' = ${r.T2}`),
      );
    }),
  };
}
