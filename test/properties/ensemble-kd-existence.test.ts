import { describe, expect, it } from 'vitest';
import { findAggregationOperator } from '../../operators/aggregation/index.js';
import { existenceClaims, separatingPoint } from '../../properties/ensemble-kd/claims/existence.js';
import * as F from '../fixtures/aggregation-operators.js';
import { operatorWith } from '../fixtures/results.js';

const audit = operatorWith;

describe('existence and non-uniqueness by witness', () => {
  it('separates two different pools at a certified point, and not two orders of the log pool, which are one function', () => {
    const d = separatingPoint(F.softenedLinearPool, F.softenedLogPool)!;
    expect(d.a).toBe('test/linear-soften-first');
    expect(Number(d.a_i[1]) < Number(d.b_i[0]) || Number(d.b_i[1]) < Number(d.a_i[0])).toBe(true);
    const [sta, ats] = ['log-pool/soften-then-aggregate', 'log-pool/aggregate-then-soften'].map((n) =>
      findAggregationOperator(n)!,
    );
    expect(separatingPoint(sta, ats)).toBeUndefined();
  });

  it('one claim per combination of readings; witnesses are the operators holding every reading of it', () => {
    const audits = [
      audit('test/linear-soften-first', { 'B1/simplex': 'holds', 'B1/hull': 'refuted', 'B2/all': 'holds' }),
      audit('test/log-soften-first', { 'B1/simplex': 'holds', 'B1/hull': 'holds', 'B2/all': 'error' }),
    ];
    const claims = existenceClaims(audits, [F.softenedLinearPool, F.softenedLogPool], ['B1', 'B2']);
    expect(claims.map((c) => c.readings)).toEqual([
      ['B1/simplex', 'B2/all'],
      ['B1/hull', 'B2/all'],
    ]);
    expect(claims[0].witnesses).toEqual(['test/linear-soften-first']);
    expect(claims[1].witnesses).toEqual([]);
    expect(claims[0].distinct).toBeUndefined();
  });

  it('two witnesses that differ make the claim non-unique, with the separating point', () => {
    const holds = { 'B1/simplex': 'holds' as const };
    const claims = existenceClaims(
      [audit('test/linear-soften-first', holds), audit('test/log-soften-first', holds)],
      [F.softenedLinearPool, F.softenedLogPool],
      ['B1'],
    );
    expect(claims[0].witnesses).toHaveLength(2);
    expect(claims[0].distinct!.coordinate).toBeGreaterThan(0);
  });
});
