import { describe, expect, it } from 'vitest';
import type { Audit, OperatorAudit, StatementResult } from '../../engine/result/model.js';
import type { CheckResult } from '../../engine/verdicts.js';
import { keyFindings } from '../../reports/key-findings.js';
import { keyFindingsSection } from '../../reports/markdown-findings.js';
import { summarize } from '../../reports/summarize.js';
import { sampleAudit } from './sample-audit.js';

const [unfalsifiable, conditional] = sampleAudit.statements!;
const refuted: StatementResult = {
  ...conditional,
  id: 'sparse-kd/corollary-VIII.4',
  variant: 'bound-20',
  verdict: 'refuted',
  assumptionsNeeded: undefined,
  source: { ...conditional.source, label: 'Corollary VIII.4' },
};
const vacuous: StatementResult = {
  ...unfalsifiable,
  id: 'sparse-kd/corollary-VI.2',
  source: { ...unfalsifiable.source, label: 'Corollary VI.2' },
  verdict: 'vacuous',
  counterexample: undefined,
  obligations: [],
  evidence: {
    ...unfalsifiable.evidence,
    kind: 'vacuity',
    summary: 'True by its form: F_T maps Δ^V to Δ^V. The same search finds nothing.',
  },
};

const margin = (lo: string, hi: string) => ({
  kind: 'interval' as const,
  quantity: 'm',
  lo,
  hi,
  explanation: 'The margin must be ≥ 0; the whole enclosure is on the violating side.',
});
const result = (id: string, verdict: CheckResult['verdict'], size: number[] = [2, 1]): CheckResult => ({
  id,
  title: id,
  verdict,
  certified: verdict === 'refuted',
  evidence: { kind: 'search', screened: 10, exact: 1, precision: 50, seed: 1, summary: '' },
  counterexample:
    verdict === 'refuted'
      ? { instance: { p: size[0] > 2 ? ['1/3', '1/3', '1/3'] : ['0', '1'] }, certificate: margin('-1', '-1'), replay: 'r', size }
      : undefined,
  fidelity: [],
  findings: [],
  notes: [],
});
const op = (operator: string, results: CheckResult[]): OperatorAudit => ({
  operator,
  description: '',
  exactness: 'generic',
  results,
});

describe('key findings', () => {
  it('put refuted statements first, then conditional, vacuous, and the operator families last, whatever the paper order', () => {
    const audit: Audit = { ...sampleAudit, statements: [vacuous, conditional, unfalsifiable, refuted] };
    const findings = keyFindings(audit, summarize(audit).aggregationAxioms);
    expect(findings.map((f) => [f.kind, f.subject])).toEqual([
      ['refuted', 'Corollary VIII.4 (bound-20)'],
      ['conditional', 'Abstract: O(1/n) rate (<b>reading</b>)'],
      ['vacuous', 'Corollary VI.2'],
      ['operators', 'Operator family power'],
      ['operators', 'Operator family linear-pool'],
    ]);
    // an unfalsifiable statement is not a finding; every finding links to a section of the report
    expect(findings.map((f) => f.anchor)).toEqual([
      'sparse-kd-corollary-viii-4-bound-20',
      'sparse-kd-abstract-rate-b-reading-b',
      'sparse-kd-corollary-vi-2',
      'power-a5',
      'linear-pool-soften-then-aggregate-b1-hull',
    ]);
  });

  it('give each a one-sentence reason from the certificate or the evidence, and the exact counterexample', () => {
    const audit: Audit = { ...sampleAudit, statements: [conditional, vacuous] };
    const [c, v] = keyFindings(audit, []);
    // the sample's certificate does not say which side was allowed: its explanation stands in
    expect(c.reason).toBe(
      'Fails as stated: K/n − bound ∈ [-0.3, -0.2] (interval); nothing refutes it once ε_tune = 0 is assumed.',
    );
    expect(c.counterexample).toBe('n = 4, eps = 1/10');
    expect(v.reason).toBe('True by its form: F_T maps Δ^V to Δ^V.');
    expect(v.counterexample).toBeUndefined();
  });

  it('summarise the operators per family, counting each failing check over the family, with its smallest counterexample', () => {
    const family = [
      op('convex-mixing/a', [result('A0', 'refuted', [3, 1]), result('A5', 'refuted', [3, 1])]),
      op('convex-mixing/b', [result('A0', 'holds'), result('A5', 'refuted', [2, 1])]),
      op('convex-mixing/c', [result('A0', 'holds'), result('A5', 'refuted', [3, 2])]),
    ];
    const audit: Audit = { ...sampleAudit, operators: family, aggregation: [], statements: [] };
    const [f] = keyFindings(audit, []);
    expect(f.reason).toBe('Refuted on all 3 (A5) and on 1 of 3 (A0).');
    expect(f.counterexample).toBe('convex-mixing/b × A5: p = (0, 1)');
    expect(f.anchor).toBe('convex-mixing-b-a5');
  });

  it('list a guarantee refuted on a conforming operator, and not one refuted only on operators that do not conform', () => {
    const guarantee = (verdict: CheckResult['verdict']) => ({ ...result('ensemble-kd/jensen', verdict), variant: 'squared' });
    const aggregation = [
      op('linear-pool/x', [result('B1', 'holds'), guarantee('refuted')]),
      op('log-pool/x', [result('B1', 'refuted'), { ...guarantee('refuted'), variant: 'log-loss' }]),
    ];
    const audit: Audit = {
      ...sampleAudit,
      operators: [],
      aggregation,
      statements: [],
      existence: [{ readings: ['B1'], witnesses: ['linear-pool/x'] }],
    };
    const findings = keyFindings(audit, summarize(audit).aggregationAxioms);
    expect(findings.map((f) => f.subject)).toEqual(['Guarantee ensemble-kd/jensen/squared', 'Operator family log-pool']);
    expect(findings[0].reason).toBe(
      'Refuted on 1 of 1 operators conforming to B1–B5 (linear-pool/x): m = -1, but it must be ≥ 0.',
    );
    // the log pool's refuted guarantee reading is left to the guarantee tables, not counted as an axiom
    expect(findings[1].reason).toBe('Refuted: B1.');
  });

  it('open the Markdown report, before the counts', () => {
    const md = keyFindingsSection(summarize(sampleAudit).keyFindings).join('\n');
    expect(md).toMatchSnapshot();
    expect(md).toContain(
      '1. **conditional** — [Abstract: O(1/n) rate (&lt;b&gt;reading&lt;/b&gt;)](#sparse-kd-abstract-rate-b-reading-b)',
    );
  });
});
