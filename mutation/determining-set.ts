import { Decimal } from 'decimal.js';

import type { Point } from '../engine/result/mutation.js';

const SIMPLEX_POINTS = [
  ['1/2', '1/2'],
  ['1', '0'],
  ['0', '1'],
  ['1/3', '2/3'],
  ['9/10', '1/10'],
  ['1/4', '1/4', '1/2'],
  ['1/2', '1/4', '1/4'],
  ['0', '1/3', '2/3'],
  ['1/3', '1/3', '1/3'],
  ['1/5', '2/5', '2/5'],
  ['0', '0', '1'],
  ['1/10', '3/10', '3/5'],
];
const TEMPERATURES = ['1', '0.5', '2', '0.1', '10', '0.001', '1000', '1.5'];
const TEACHER_SETS = [
  [
    ['1/2', '1/2'],
    ['1', '0'],
  ],
  [
    ['1/3', '2/3'],
    ['3/4', '1/4'],
  ],
  [
    ['0', '1'],
    ['1/2', '1/2'],
  ],
  [
    ['1/4', '1/4', '1/2'],
    ['1/2', '1/4', '1/4'],
  ],
  [
    ['0', '1/3', '2/3'],
    ['1/3', '1/3', '1/3'],
  ],
  [
    ['1/4', '1/4', '1/2'],
    ['1/2', '1/4', '1/4'],
    ['0', '1/3', '2/3'],
  ],
];
const WEIGHTS: Record<number, string[][]> = {
  2: [
    ['1/2', '1/2'],
    ['1/4', '3/4'],
    ['1', '0'],
    ['0', '1'],
  ],
  3: [
    ['1/3', '1/3', '1/3'],
    ['1/2', '1/2', '0'],
    ['1/2', '1/4', '1/4'],
  ],
};

/**
 * The points where a mutant is compared with the original (equivalence): ties, zeros, one-hot and
 * interior points, and for each numeric constant c of the mutated code the points at and around it —
 * a coordinate and a ratio to the maximum equal to c, c·(1 ± 10⁻⁶) and c·(1 ± 10⁻³) (the perturbed
 * constants of the mutants, and both sides of a comparison with c) — and temperatures c, c·(1 ± 10⁻⁶),
 * c·(1 ± 10⁻³). A mutant that differs anywhere here is not equivalent.
 */
export function determiningSet(kind: 'softening' | 'aggregation', constants: readonly string[]): Point[] {
  const cs = constants.flatMap((c) => {
    try {
      // an exact constant: a decimal, or 'a/b' when it has no finite decimal form (engine/source)
      const [num, den = '1'] = c.split('/');
      const d = new Decimal(num).div(den).abs();
      return d.isFinite() && !d.isZero() ? [d] : [];
    } catch {
      return [];
    }
  });
  const around = (c: Decimal) => [c, c.times('1.000001'), c.times('0.999999'), c.times('1.001'), c.times('0.999')];
  const temperatures = unique([...TEMPERATURES, ...cs.flatMap(around).map((d) => d.toString())]);
  const masses = unique(
    cs
      .flatMap(around)
      .filter((d) => d.gt(0) && d.lt(1))
      .map(fraction),
  );
  const pairs = masses.flatMap((m) => [[m, complement(m)], ratioPair(m)]);
  if (kind === 'softening') return [...SIMPLEX_POINTS, ...pairs].flatMap((p) => temperatures.map((T) => ({ p, T })));
  const teacherSets = [...TEACHER_SETS, ...pairs.map((p) => [p, [...p].reverse()])];
  const weightsFor = (k: number) => [...WEIGHTS[k], ...(k === 2 ? pairs : [])];
  return teacherSets.flatMap((teachers) =>
    weightsFor(teachers.length).flatMap((weights) => temperatures.map((T) => ({ teachers, weights, T }))),
  );
}

function fraction(d: Decimal): string {
  const [n, q] = d.toFraction();
  return `${n.toString()}/${q.toString()}`;
}

function complement(r: string): string {
  const [n, q] = r.split('/').map((x) => new Decimal(x));
  return `${q.minus(n).toString()}/${q.toString()}`;
}

/** (c, 1)/(1 + c): the smaller coordinate is c times the maximum. */
function ratioPair(r: string): string[] {
  const [n, q] = r.split('/');
  const total = new Decimal(n).plus(q).toString();
  return [`${n}/${total}`, `${q}/${total}`];
}

function unique<T>(xs: T[]): T[] {
  return [...new Map(xs.map((x) => [JSON.stringify(x), x])).values()];
}
