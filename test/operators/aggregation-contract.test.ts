import { describe, expect, it } from 'vitest';
import * as fc from 'fast-check';
import { Decimal } from 'decimal.js';
import { probabilities } from '../../engine/instance/weights.js';
import { decimalNum, float64, intervalNum, type Num } from '../../engine/num/index.js';
import { aggregationOperators, findAggregationOperator, type AggregationOperator } from '../../operators/aggregation/index.js';

interface Instance {
  teachers: string[][];
  weights: string[];
  T: string;
}

const mass = fc.oneof(
  { arbitrary: fc.constant('0'), weight: 1 },
  { arbitrary: fc.integer({ min: 1, max: 50 }).map(String), weight: 3 },
);
const point = (n: number) => fc.array(mass, { minLength: n, maxLength: n }).filter((w) => w.some((x) => x !== '0'));
const instance: fc.Arbitrary<Instance> = fc.integer({ min: 2, max: 5 }).chain((V) =>
  fc.integer({ min: 1, max: 4 }).chain((K) =>
    fc.record({
      teachers: fc.array(point(V), { minLength: K, maxLength: K }),
      weights: point(K),
      T: fc.constantFrom('0.5', '1', '2', '3.7'),
    }),
  ),
);

/** The operator's output, or the Error it throws (an undefined pool is an answer, and must agree). */
function run<X>(op: AggregationOperator, N: Num<X>, x: Instance): X[] | Error {
  try {
    return op.apply(
      N,
      x.teachers.map((t) => probabilities(N, t)),
      probabilities(N, x.weights),
      N.of(x.T),
    );
  } catch (error) {
    return error as Error;
  }
}

/**
 * Some teachers of weight exactly 1/2: the weighted median jumps there, so arithmetics that round
 * the weights may legitimately pick different candidates (see pools.ts).
 */
function halfSplit(w: readonly string[]): boolean {
  const n = w.map(Number);
  const total = n.reduce((a, b) => a + b, 0);
  return Array.from({ length: 2 ** n.length }, (_, s) => n.reduce((acc, x, k) => (s & (1 << k) ? acc + x : acc), 0)).some(
    (x) => 2 * x === total,
  );
}
const discontinuousAt = (op: AggregationOperator, x: Instance) => op.name.startsWith('weighted-median/') && halfSplit(x.weights);

describe('registry', () => {
  it('holds both temperature compositions of the six pools, under unique names', () => {
    const names = aggregationOperators.map((op) => op.name);
    expect(new Set(names).size).toBe(12);
    for (const pool of ['linear-pool', 'log-pool', 'power-mean/r=-1', 'power-mean/r=0.5', 'power-mean/r=2', 'weighted-median']) {
      expect(names).toContain(`${pool}/soften-then-aggregate`);
      expect(names).toContain(`${pool}/aggregate-then-soften`);
    }
    expect(aggregationOperators.every((op) => op.kind === 'aggregation' && op.exactness === 'generic')).toBe(true);
  });
});

describe.each(aggregationOperators.map((op) => [op.name, op] as const))('%s', (_, op) => {
  it('float64 agrees with decimal (throwing included), returns length V and leaves its inputs alone', () => {
    const D = decimalNum(40);
    fc.assert(
      fc.property(instance, (x) => {
        fc.pre(!discontinuousAt(op, x));
        const teachers = x.teachers.map((t) => probabilities(float64, t));
        const weights = probabilities(float64, x.weights);
        const before = structuredClone([teachers, weights]);
        let f: number[] | Error;
        try {
          f = op.apply(float64, teachers, weights, Number(x.T));
        } catch (error) {
          f = error as Error;
        }
        const d = run(op, D, x);
        expect([teachers, weights]).toEqual(before);
        if (d instanceof Error) {
          expect(f).toBeInstanceOf(Error);
          expect((f as Error).message).toBe(d.message);
          return;
        }
        expect(f).not.toBeInstanceOf(Error);
        expect(f).toHaveLength(x.teachers[0].length);
        (f as number[]).forEach((v, i) => expect(Math.abs(v - d[i].toNumber())).toBeLessThanOrEqual(1e-9));
      }),
      { numRuns: 80 },
    );
  });

  it('the interval result encloses the 100-digit decimal result, narrowly', () => {
    const I = intervalNum(40);
    const precise = decimalNum(100);
    fc.assert(
      fc.property(instance, (x) => {
        const exact = run(op, precise, x);
        const enclosure = run(op, I, x);
        if (exact instanceof Error) {
          expect(enclosure).toBeInstanceOf(Error);
          return;
        }
        expect(enclosure).not.toBeInstanceOf(Error);
        exact.forEach((v, i) => {
          const [lo, hi] = I.bounds((enclosure as ReturnType<typeof I.of>[])[i]);
          expect(v.gte(lo) && v.lte(hi)).toBe(true);
          if (!discontinuousAt(op, x)) expect(new Decimal(hi).minus(lo).lt('1e-30')).toBe(true);
        });
      }),
      { numRuns: 40 },
    );
  });
});

describe('known values', () => {
  const D = decimalNum(30);
  const at = (name: string, teachers: string[][], weights: string[], T: string) => {
    const op = findAggregationOperator(name);
    if (!op) throw new Error(`no operator ${name}`);
    return op
      .apply(
        D,
        teachers.map((t) => probabilities(D, t)),
        probabilities(D, weights),
        D.of(T),
      )
      .map((v) => v.toSignificantDigits(15).toString());
  };
  const both = (pool: string) => [`${pool}/soften-then-aggregate`, `${pool}/aggregate-then-soften`];

  it('linear pool of (1, 0), (0, 1) with w = (1/4, 3/4) is (1/4, 3/4) at T = 1; at T = 2 the compositions differ', () => {
    for (const name of both('linear-pool'))
      expect(
        at(
          name,
          [
            ['1', '0'],
            ['0', '1'],
          ],
          ['1', '3'],
          '1',
        ),
      ).toEqual(['0.25', '0.75']);
    expect(
      at(
        'linear-pool/soften-then-aggregate',
        [
          ['1', '0'],
          ['0', '1'],
        ],
        ['1', '3'],
        '2',
      ),
    ).toEqual(['0.25', '0.75']);
    expect(
      at(
        'linear-pool/aggregate-then-soften',
        [
          ['1', '0'],
          ['0', '1'],
        ],
        ['1', '3'],
        '2',
      ),
    ).toEqual(['0.366025403784439', '0.633974596215561']);
  });

  it('log pool of (1/2, 1/2), (1/4, 3/4) with equal weights is ∝ (√(1/8), √(3/8)), in both compositions', () => {
    for (const name of both('log-pool'))
      expect(
        at(
          name,
          [
            ['1', '1'],
            ['1', '3'],
          ],
          ['1', '1'],
          '1',
        ),
      ).toEqual(['0.366025403784439', '0.633974596215561']);
  });

  it('the log pool commutes with power softening; other pools do not', () => {
    const teachers = [
      ['1', '2', '7'],
      ['5', '1', '1'],
      ['2', '2', '3'],
    ];
    const [a, b] = both('log-pool').map((name) => at(name, teachers, ['1', '2', '4'], '3.7'));
    expect(a).toEqual(b);
    const [c, d] = both('power-mean/r=2').map((name) => at(name, teachers, ['1', '2', '4'], '3.7'));
    expect(c).not.toEqual(d);
  });

  it('a single teacher, or identical teachers, come back unchanged at T = 1 from every operator', () => {
    for (const op of aggregationOperators) {
      expect(at(op.name, [['1', '2', '5']], ['1'], '1')).toEqual(['0.125', '0.25', '0.625']);
      expect(
        at(
          op.name,
          [
            ['1', '2', '5'],
            ['1', '2', '5'],
            ['1', '2', '5'],
          ],
          ['1', '2', '3'],
          '1',
        ),
      ).toEqual(['0.125', '0.25', '0.625']);
    }
  });

  it('power mean r = 2 of (1/2, 1/2), (1, 0) with equal weights is ∝ (√(5/8), √(1/8)) = (√5, 1)/(√5 + 1)', () => {
    expect(
      at(
        'power-mean/r=2/aggregate-then-soften',
        [
          ['1', '1'],
          ['1', '0'],
        ],
        ['1', '1'],
        '1',
      ),
    ).toEqual(['0.690983005625053', '0.309016994374947']);
  });

  it('power mean r = -1: a positively weighted zero zeroes the coordinate; a zero weight removes the teacher', () => {
    expect(
      at(
        'power-mean/r=-1/soften-then-aggregate',
        [
          ['1', '1'],
          ['1', '0'],
        ],
        ['1', '1'],
        '1',
      ),
    ).toEqual(['1', '0']);
    expect(
      at(
        'power-mean/r=-1/soften-then-aggregate',
        [
          ['1', '1'],
          ['1', '0'],
        ],
        ['1', '0'],
        '1',
      ),
    ).toEqual(['0.5', '0.5']);
    expect(() =>
      at(
        'power-mean/r=-1/soften-then-aggregate',
        [
          ['1', '0'],
          ['0', '1'],
        ],
        ['1', '1'],
        '1',
      ),
    ).toThrow(/do not intersect/);
  });

  it('log pool: disjoint supports throw; a zero-weight teacher has no influence, even through its zeros', () => {
    expect(() =>
      at(
        'log-pool/aggregate-then-soften',
        [
          ['1', '0'],
          ['0', '1'],
        ],
        ['1', '1'],
        '1',
      ),
    ).toThrow(/logarithmic pool undefined/);
    expect(
      at(
        'log-pool/aggregate-then-soften',
        [
          ['1', '3'],
          ['0', '1'],
        ],
        ['1', '0'],
        '1',
      ),
    ).toEqual(['0.25', '0.75']);
  });

  it('tiny probabilities neither underflow nor overflow in float64', () => {
    const apply = (name: string, teachers: number[][]) => findAggregationOperator(name)!.apply(float64, teachers, [0.5, 0.5], 1);
    expect(
      apply('log-pool/aggregate-then-soften', [
        [1, 1e-320],
        [1e-320, 1],
      ]),
    ).toEqual([0.5, 0.5]);
    // 1e-170² underflows, and 1/1e-320 overflows, unless the power mean is scaled by its dominant value
    const r2 = apply('power-mean/r=2/aggregate-then-soften', [
      [1, 1e-170],
      [1, 1e-170],
    ]);
    expect(r2[1] / 1e-170).toBeCloseTo(1, 12);
    // harmonic mean of 1e-320 and 1/2 with equal weights ≈ 2e-320, next to 2/3 at coordinate 1
    const harmonic = apply('power-mean/r=-1/aggregate-then-soften', [
      [1, 1e-320],
      [0.5, 0.5],
    ]);
    expect(harmonic[1] / 3e-320).toBeCloseTo(1, 3);
  });

  it('weighted median: the lower median at a tie, and all-zero medians throw', () => {
    expect(
      at(
        'weighted-median/aggregate-then-soften',
        [
          ['2', '8'],
          ['5', '5'],
          ['9', '1'],
        ],
        ['1', '1', '1'],
        '1',
      ),
    ).toEqual(['0.5', '0.5']);
    // coordinate 1: 1/4 carries exactly 1/2 → 1/4; coordinate 2: 1/2 carries exactly 1/2 → 1/2
    expect(
      at(
        'weighted-median/aggregate-then-soften',
        [
          ['1', '3'],
          ['1', '1'],
        ],
        ['1', '1'],
        '1',
      ),
    ).toEqual(['0.333333333333333', '0.666666666666667']);
    expect(() =>
      at(
        'weighted-median/aggregate-then-soften',
        [
          ['1', '0'],
          ['0', '1'],
        ],
        ['1', '1'],
        '1',
      ),
    ).toThrow(/weighted median undefined/);
  });

  it('weighted median: an undecidable weight tie gives a sound hull of both candidates in intervals', () => {
    // w = (1/6, 2/6, 3/6): at coordinate 1 the teachers ≤ 1/2 weigh exactly 1/2, which 1/6 + 2/6 cannot decide in intervals
    const x: Instance = {
      teachers: [
        ['1', '3'],
        ['1', '1'],
        ['3', '1'],
      ],
      weights: ['1', '2', '3'],
      T: '1',
    };
    const op = findAggregationOperator('weighted-median/aggregate-then-soften')!;
    const exact = run(op, decimalNum(100), x) as Decimal[];
    expect(exact.map((v) => v.toSignificantDigits(15).toString())).toEqual(['0.666666666666667', '0.333333333333333']);
    const I = intervalNum(40);
    const [lo, hi] = I.bounds((run(op, I, x) as ReturnType<typeof I.of>[])[0]);
    expect(exact[0].gte(lo) && exact[0].lte(hi)).toBe(true);
    expect(new Decimal(hi).minus(lo).gt('0.01')).toBe(true);
  });
});
