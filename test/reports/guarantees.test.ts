import { describe, expect, it } from 'vitest';
import type { Verdict } from '../../engine/verdicts.js';
import { survival } from '../../reports/guarantees.js';
import { guaranteeSections } from '../../reports/markdown-guarantees.js';
import type { OperatorAudit } from '../../engine/result/model.js';
import { operatorWith } from '../fixtures/results.js';

const operator = (name: string, jensen: Verdict): OperatorAudit =>
  operatorWith(name, { 'B1/simplex': 'holds', 'ensemble-kd/jensen/squared': jensen });
const columns = ['B1/simplex', 'ensemble-kd/jensen/squared'];

describe('does a guarantee survive on every conforming operator', () => {
  it('no, when one witness of a combination of readings refutes it; a non-conforming refuter does not count', () => {
    const ops = [operator('a', 'holds'), operator('b', 'refuted'), operator('c', 'refuted')];
    const view = survival(ops, columns, [{ readings: ['B1/simplex'], witnesses: ['a', 'b'] }]);
    expect(view!.conforming).toEqual(['a', 'b']);
    expect(view!.rows).toEqual([{ claim: 'ensemble-kd/jensen/squared', refutedOn: ['b'], errorOn: [] }]);
  });

  it('yes, when every conforming operator holds; nothing to say when none conforms', () => {
    const ops = [operator('a', 'holds'), operator('c', 'refuted')];
    expect(survival(ops, columns, [{ readings: ['B1/simplex'], witnesses: ['a'] }])!.rows[0].refutedOn).toEqual([]);
    expect(survival(ops, columns, [{ readings: ['B1/simplex'], witnesses: [] }])).toBeUndefined();
  });
});

describe('one section per guarantee', () => {
  it('gives the plain answer and the minimal counterexample on a conforming operator, not on a non-conforming one', () => {
    const counterexample = (n: number) => ({
      instance: { w: [String(n)] },
      certificate: { kind: 'interval' as const, quantity: 'q', lo: '-1', hi: '-0.5', explanation: 'e' },
      replay: `replay ${n}`,
      size: [n],
    });
    const withCounterexample = (op: OperatorAudit, n: number): OperatorAudit => ({
      ...op,
      results: op.results.map((r) => (r.verdict === 'refuted' ? { ...r, counterexample: counterexample(n) } : r)),
    });
    const ops = [
      operator('a', 'holds'),
      withCounterexample(operator('b', 'refuted'), 3),
      withCounterexample(operator('c', 'refuted'), 1),
    ];
    const md = guaranteeSections(ops, columns, [{ readings: ['B1/simplex'], witnesses: ['a', 'b'] }]).join('\n');
    expect(md).toContain('### Guarantee ensemble-kd/jensen/squared');
    expect(md).toContain('For every conforming operator (a, b): **refuted**; refuted on 2 of 3 operators in all.');
    expect(md).toContain('- Minimal counterexample on a conforming operator (b): w = (3)');
    expect(md).toContain('| [a](#a-ensemble-kd-jensen-squared) | yes | **holds** |');
  });
});
