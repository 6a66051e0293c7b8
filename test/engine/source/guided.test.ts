import * as fc from 'fast-check';
import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import type { Domain } from '../../../engine/domains/domain.js';
import { ensembleDomain, ensembleWithRaiseDomain } from '../../../engine/domains/ensemble.js';
import { pointAtTemperatureDomain, pointAtTwoTemperaturesDomain, pointDomain } from '../../../engine/domains/softening-points.js';
import { exactRationals } from '../../../engine/instance/weights.js';
import { exactDecimalOfDouble } from '../../../engine/num/index.js';
import type { Boundary, BoundaryRole } from '../../../engine/source/boundary.js';

const D = Decimal.clone({ precision: 120 });
const boundary = (value: string, role: BoundaryRole): Boundary => ({
  value,
  role,
  kind: 'comparison',
  text: `x < ${value}`,
  line: 1,
  module: 'op.ts',
});

/** Instances of the domain's guided generator for these boundaries (each checked valid), with the boundaries it tried. */
function guided<X>(domain: Domain<X>, boundaries: Boundary[], runs = 1500) {
  const guidance = domain.guided?.(boundaries);
  if (!guidance) throw new Error('no guidance');
  const xs = fc.sample(guidance.arbitrary, { seed: 11, numRuns: runs });
  for (const x of xs) expect(domain.validate(x)).toBeUndefined();
  return { xs, tried: guidance.tried };
}

/** p as exact decimals (120 digits: the offsets are 1e-9 and 2^-20, far above the rounding). */
const shares = (w: readonly string[]) => exactRationals(w).map(([n, d]) => new D(n.toString()).div(d.toString()));
const ratios = (w: readonly string[]) => {
  const p = shares(w);
  const top = D.max(...p);
  return p.map((x) => x.div(top));
};

/** Among the values: c exactly, and values just below and just above (within a relative 2^-19). */
function straddles(values: readonly Decimal[], c: string) {
  const near = (v: Decimal) =>
    v
      .minus(c)
      .abs()
      .lte(new D(c).times(2 ** -19));
  return {
    at: values.some((v) => v.eq(c)),
    below: values.some((v) => v.lt(c) && near(v)),
    above: values.some((v) => v.gt(c) && near(v)),
    double: values.some((v) => v.eq(exactDecimalOfDouble(Number(c)))),
  };
}
const everywhere = { at: true, below: true, above: true, double: true };

describe('guided generation places instances exactly at and on both sides of each boundary', () => {
  it('a coordinate at a compared mass (p_i = 0.37), exact, at its double, and beside it', () => {
    const { xs, tried } = guided(pointDomain, [boundary('0.37', 'mass')]);
    expect(tried.map((b) => b.value)).toEqual(['0.37']);
    expect(
      straddles(
        xs.flatMap((x) => shares(x.w)),
        '0.37',
      ),
    ).toEqual(everywhere);
  });

  it('a coordinate at a ratio to the maximum (x < 1e-3·max)', () => {
    const { xs } = guided(pointDomain, [boundary('0.001', 'ratio')]);
    expect(
      straddles(
        xs.flatMap((x) => ratios(x.w)),
        '0.001',
      ),
    ).toEqual(everywhere);
  });

  it('a boundary without a finite decimal (1/3) is met exactly', () => {
    const { xs } = guided(pointDomain, [boundary('1/3', 'mass')]);
    expect(xs.some((x) => exactRationals(x.w).some(([n, d]) => n === 1n && d === 3n))).toBe(true);
  });

  it('temperatures at a branch point, and pairs T < T′ that straddle it', () => {
    const one = guided(pointAtTemperatureDomain, [boundary('0.001', 'temperature')]);
    expect(
      straddles(
        one.xs.map((x) => new D(x.T)),
        '0.001',
      ),
    ).toEqual(everywhere);
    const two = guided(pointAtTwoTemperaturesDomain, [boundary('0.001', 'temperature')]);
    expect(two.xs.some((x) => new D(x.T).lt('0.001') && new D(x.T2).gte('0.001'))).toBe(true);
    expect(two.xs.some((x) => new D(x.T).eq('0.001') && new D(x.T2).gt('0.001'))).toBe(true);
  });

  it('teacher weights, teacher coordinates and temperatures of an ensemble; with a raise too', () => {
    const { xs } = guided(ensembleDomain, [boundary('0.9', 'mass'), boundary('0.001', 'temperature')]);
    expect(
      straddles(
        xs.flatMap((x) => shares(x.w)),
        '0.9',
      ),
    ).toEqual(everywhere);
    expect(
      straddles(
        xs.flatMap((x) => x.teachers.flatMap(shares)),
        '0.9',
      ),
    ).toEqual(everywhere);
    expect(
      straddles(
        xs.map((x) => new D(x.T)),
        '0.001',
      ),
    ).toEqual(everywhere);
    const raised = guided(ensembleWithRaiseDomain, [boundary('0.9', 'mass')], 500);
    expect(raised.xs.every((x) => x.k < x.teachers.length)).toBe(true);
  });

  it('an unknown role is tried in every role', () => {
    const { xs, tried } = guided(pointAtTemperatureDomain, [boundary('0.25', 'unknown')]);
    expect(tried).toHaveLength(1);
    expect(
      straddles(
        xs.flatMap((x) => shares(x.w)),
        '0.25',
      ).at,
    ).toBe(true);
    expect(
      straddles(
        xs.flatMap((x) => ratios(x.w)),
        '0.25',
      ).at,
    ).toBe(true);
    expect(
      straddles(
        xs.map((x) => new D(x.T)),
        '0.25',
      ).at,
    ).toBe(true);
  });

  it('boundaries no instance can sit at are not tried: a temperature for a point alone, masses outside (0, 1], 0', () => {
    expect(pointDomain.guided?.([boundary('0.001', 'temperature')])).toBeUndefined();
    expect(pointDomain.guided?.([boundary('2', 'mass'), boundary('-0.5', 'mass'), boundary('0', 'mass')])).toBeUndefined();
    const { tried } = guided(pointDomain, [boundary('2', 'mass'), boundary('0.5', 'ratio')], 10);
    expect(tried.map((b) => b.value)).toEqual(['0.5']);
  });

  it('shrinks toward V = 2 and the boundary itself', () => {
    const { arbitrary } = pointDomain.guided!([boundary('0.37', 'mass')])!;
    const run = fc.check(
      fc.property(arbitrary, () => false),
      { seed: 3 },
    );
    expect(run.counterexample?.[0]).toEqual({ w: ['0.37', '0.63'] });
  });
});
