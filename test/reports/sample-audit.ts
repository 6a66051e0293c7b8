import type { Audit } from '../../reports/model.js';

/** A small, fixed audit: one refuted, one holding, one error result, with every optional part. */
export const sampleAudit: Audit = {
  schemaVersion: 1,
  tool: { name: 'kdaudit', version: '0.1.0' },
  config: { seed: 42, budgetMs: 20_000, precision: 50, command: 'kdaudit audit' },
  operators: [
    {
      operator: 'power',
      description: 'Temperature scaling',
      exactness: 'generic',
      results: [
        {
          id: 'A4',
          title: 'Identity at T = 1',
          verdict: 'holds',
          certified: false,
          evidence: { kind: 'search', screened: 15000, exact: 0, precision: 50, seed: 46, summary: '15000 cases screened in float64.' },
          fidelity: [{ instance: { p: ['1/2', '1/2'], T: '1' }, message: 'float64 screening gave margin NaN' }],
          findings: [],
          notes: [],
        },
        {
          id: 'A5',
          title: 'Boundary limits',
          verdict: 'refuted',
          certified: true,
          evidence: { kind: 'certified-sequence', screened: 9, exact: 15, precision: 50, seed: 47, summary: 'sequence T = 10^±e' },
          counterexample: {
            instance: { p: ['0', '1'] },
            certificate: { kind: 'interval', quantity: 'distance as T→∞', lo: '0.49999999999999999999999999', hi: '0.50000000000000000000000001', explanation: 'stays away' },
            seed: 47,
            path: '3:1',
            replay: 'npx kdaudit replay counterexamples/corpus/A5__power.json',
            size: [2, 0],
          },
          fidelity: [],
          findings: [],
          notes: ['Minimised in 7 certified simplification steps.'],
        },
      ],
    },
    {
      operator: '<img src=x onerror=alert(1)> | pipe',
      description: 'user operator',
      exactness: 'float64',
      results: [
        {
          id: 'A4',
          title: 'Identity at T = 1',
          verdict: 'error',
          certified: false,
          evidence: { kind: 'search', screened: 3, exact: 0, precision: 50, seed: 46, summary: 'operator failed' },
          fidelity: [],
          findings: [{ instance: { p: ['1/2', '1/2'], T: '1' }, message: 'timeout: no answer within 2000 ms' }],
          notes: [],
        },
      ],
    },
  ],
  aggregation: [
    {
      operator: 'linear-pool/soften-then-aggregate',
      description: 'Σ w_k F_T(p_k)',
      exactness: 'generic',
      results: [
        {
          id: 'B1',
          variant: 'hull',
          title: 'Convexity preservation: the aggregate lies in the convex hull of all teachers',
          verdict: 'refuted',
          certified: true,
          evidence: { kind: 'search', screened: 120, exact: 3, precision: 50, seed: 43, summary: '120 cases screened in float64.' },
          counterexample: {
            instance: { p1: ['2/3', '1/3'], w: ['1'], T: '2' },
            certificate: { kind: 'interval', quantity: 'min_i min(A_i − min_k p_k,i, max_k p_k,i − A_i)', lo: '-0.0808802290398', hi: '-0.0808802290397', explanation: 'outside the range' },
            seed: 43,
            path: '3:0',
            replay: 'npx kdaudit replay counterexamples/corpus/B1_hull__linear-pool_soften-then-aggregate.json',
            size: [2, 1, 0, 1],
          },
          fidelity: [],
          findings: [],
          notes: [],
        },
      ],
    },
  ],
  existence: [
    {
      readings: ['B1/simplex', 'B2/all-teachers'],
      witnesses: ['linear-pool/soften-then-aggregate', 'power-mean/r=2/soften-then-aggregate'],
      distinct: { a: 'linear-pool/soften-then-aggregate', b: 'power-mean/r=2/soften-then-aggregate', at: { p1: ['1/4', '3/4'], p2: ['3/4', '1/4'], w: ['1/3', '2/3'], T: '1' }, coordinate: 1, a_i: ['0.583333333333', '0.583333333334'], b_i: ['0.61', '0.62'] },
    },
    { readings: ['B1/hull', 'B2/all-teachers'], witnesses: [] },
  ],
};
