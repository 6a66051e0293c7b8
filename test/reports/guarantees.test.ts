import { describe, expect, it } from 'vitest';
import type { CheckResult, Verdict } from '../../engine/verdicts.js';
import { survival } from '../../reports/guarantees.js';
import type { OperatorAudit } from '../../reports/model.js';

const result = (id: string, variant: string, verdict: Verdict): CheckResult => ({
  id,
  variant,
  title: id,
  verdict,
  certified: verdict === 'refuted',
  evidence: { kind: 'search', screened: 1, exact: 0, precision: 50, seed: 1, summary: '' },
  fidelity: [],
  findings: [],
  notes: [],
});
const operator = (name: string, jensen: Verdict): OperatorAudit => ({
  operator: name,
  description: '',
  exactness: 'generic',
  results: [result('B1', 'simplex', 'holds'), result('ensemble-kd/jensen', 'squared', jensen)],
});
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
