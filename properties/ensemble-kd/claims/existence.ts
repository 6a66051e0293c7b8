import { Decimal } from 'decimal.js';
import { aggregated } from '../../../axioms/aggregation/outputs.js';
import { checkKey } from '../../../engine/check.js';
import type { Ensemble } from '../../../engine/domains/ensemble.js';
import { describePoint } from '../../../engine/instance/weights.js';
import { intervalNum } from '../../../engine/num/index.js';
import type { AggregationOperator } from '../../../engine/operators/aggregation.js';
import type { ExistenceStatement } from '../../../engine/paper/index.js';
import type { ExistenceClaim, OperatorAudit } from '../../../engine/result/model.js';
import { AGGREGATION_AXIOM_IDS } from '../../../axioms/aggregation.js';

/**
 * Ensemble-KD's existence and non-uniqueness theorems: some operator satisfies the five axioms, and
 * more than one does. The summary does not say which reading of each axiom, so every combination
 * of one reading per axiom is a claim. Witnesses are the built-in operators whose checks of those
 * readings all hold (by search, so the evidence is that of those checks, not a proof); two witnesses
 * are distinct functions only when a certified point separates them.
 */
/** Small instances on which operators are compared: boundary, tied and interior points, two temperatures. */
const PROBES: Ensemble[] = [
  {
    teachers: [
      ['1', '3'],
      ['3', '1'],
    ],
    w: ['1', '2'],
    T: '1',
  },
  {
    teachers: [
      ['1', '1', '2'],
      ['2', '1', '1'],
    ],
    w: ['1', '1'],
    T: '2',
  },
  {
    teachers: [
      ['1', '0', '1'],
      ['1', '1', '0'],
    ],
    w: ['1', '3'],
    T: '1',
  },
  {
    teachers: [
      ['1', '2', '3'],
      ['3', '2', '1'],
      ['1', '1', '1'],
    ],
    w: ['1', '2', '3'],
    T: '0.5',
  },
];

/** A probe point and coordinate where the interval enclosures of A and B are disjoint, if any. */
export function separatingPoint(a: AggregationOperator, b: AggregationOperator): ExistenceClaim['distinct'] | undefined {
  const I = intervalNum(50);
  for (const x of PROBES) {
    let A, B;
    try {
      [A, B] = [aggregated(I, a, x), aggregated(I, b, x)];
    } catch {
      continue;
    }
    const i = A.findIndex((v, j) => B[j] !== undefined && (v.hi.lt(B[j].lo) || B[j].hi.lt(v.lo)));
    if (i >= 0) {
      const bounds = (v: (typeof A)[number]): [string, string] => [
        v.lo.toSignificantDigits(12, Decimal.ROUND_FLOOR).toString(),
        v.hi.toSignificantDigits(12, Decimal.ROUND_CEIL).toString(),
      ];
      const at = {
        ...Object.fromEntries(x.teachers.map((t, k) => [`p${k + 1}`, describePoint(t).p ?? t])),
        w: describePoint(x.w).p ?? x.w,
        T: x.T,
      };
      return { a: a.name, b: b.name, at, coordinate: i + 1, a_i: bounds(A[i]), b_i: bounds(B[i]) };
    }
  }
  return undefined;
}

/** Every combination of one reading per axiom, with its witnesses among the audited operators. */
export function existenceClaims(
  audits: OperatorAudit[],
  operators: readonly AggregationOperator[],
  axiomIds: readonly string[],
): ExistenceClaim[] {
  const readingsOf = (id: string) => [...new Set(audits.flatMap((op) => op.results.filter((r) => r.id === id).map(checkKey)))];
  const combinations = axiomIds.reduce<string[][]>((acc, id) => acc.flatMap((c) => readingsOf(id).map((r) => [...c, r])), [[]]);
  return combinations.map((readings) => {
    const witnesses = audits
      .filter((op) => readings.every((key) => op.results.find((r) => checkKey(r) === key)?.verdict === 'holds'))
      .map((op) => op.operator);
    const ops = witnesses
      .map((name) => operators.find((op) => op.name === name))
      .filter((op): op is AggregationOperator => op !== undefined);
    let distinct: ExistenceClaim['distinct'];
    for (let i = 0; i < ops.length && !distinct; i++)
      for (let j = i + 1; j < ops.length && !distinct; j++) distinct = separatingPoint(ops[i], ops[j]);
    return { readings, witnesses, ...(distinct ? { distinct } : {}) };
  });
}

/** Existence and non-uniqueness as the registry holds them: settled from the audit of every aggregation operator against B1–B5. */
export const existence: ExistenceStatement = {
  kind: 'existence',
  id: 'ensemble-kd/existence',
  family: 'aggregation',
  title: 'Existence and non-uniqueness of operators satisfying B1–B5',
  settle: (audits, operators) => existenceClaims([...audits], operators, AGGREGATION_AXIOM_IDS),
};
