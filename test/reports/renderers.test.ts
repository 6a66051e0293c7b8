import { describe, expect, it } from 'vitest';
import { renderAuditJson, renderCheckJson } from '../../reports/json.js';
import { renderCheckJunit, renderJunit } from '../../reports/junit.js';
import { renderMarkdown } from '../../reports/markdown.js';
import { summarize } from '../../reports/summarize.js';
import { renderResultLine, renderTerminalSummary } from '../../reports/terminal.js';
import { sampleAudit } from './sample-audit.js';

const summary = summarize(sampleAudit);

describe('summarize', () => {
  it('counts verdicts and names operators with a refutation', () => {
    expect(summary.verdicts).toMatchObject({ holds: 1, refuted: 2, error: 1, proved: 0 });
    expect(summary.refutedOperators).toEqual(['power', 'linear-pool/soften-then-aggregate']);
    expect(summary.axioms).toEqual(['A4', 'A5']);
    expect(summary.aggregationAxioms).toEqual(['B1/hull']);
    expect(summary.statements).toMatchObject({ unfalsifiable: 1, conditional: 1, holds: 0 });
    // one fidelity finding on an operator result, one on a statement
    expect(summary.fidelityFindings).toBe(2);
  });
});

describe('renderers are pure functions of (audit, summary)', () => {
  it('Markdown', () => {
    const md = renderMarkdown(sampleAudit, summary);
    expect(md).toMatchSnapshot();
    // a pipe in a user's operator name must not break the matrix table
    expect(md).toContain('&lt;img src=x onerror=alert(1)&gt; \\| pipe');
    expect(md).not.toContain('<img');
    expect(md).not.toContain('<b>');
    // the statements table links each row to its section, which shows the failing step's counterexample
    expect(md).toContain(
      '| [Theorem IX.1](#sparse-kd-theorem-ix-1) | Convergence | **unfalsifiable** | a free constant rescues every instance tried (12 instances) |  | n* optimisation: **proved**; n* ∝ sqrt(Lρ/ε) \\| as printed: **refuted** |',
    );
    expect(md).toContain('<a id="sparse-kd-theorem-ix-1"></a>');
    expect(md).toContain('- Counterexample to step n* ∝ sqrt(Lρ/ε) | as printed: C = 2, L = 1');
  });
  it('an audit of statements only shows no empty operator tables', () => {
    const statementsOnly = { ...sampleAudit, operators: [], aggregation: undefined, existence: undefined };
    const summaryOf = summarize(statementsOnly);
    const md = renderMarkdown(statementsOnly, summaryOf);
    expect(md).not.toContain('| operator |');
    expect(md).not.toContain('Verdicts (operator × axiom)');
    expect(md).toContain('| [Theorem IX.1](#sparse-kd-theorem-ix-1)');
    expect(renderTerminalSummary(statementsOnly, summaryOf)).toBe(
      '2 statements of the papers: 1 conditional, 1 unfalsifiable.\n',
    );
  });
  it('JSON round-trips the result model', () => {
    expect(JSON.parse(renderAuditJson(sampleAudit))).toEqual(sampleAudit);
    const { command: _, ...config } = sampleAudit.config;
    const check = JSON.parse(renderCheckJson(sampleAudit.operators[0], { tool: sampleAudit.tool, config }));
    expect(check).toMatchObject({ schemaVersion: 1, tool: sampleAudit.tool, config: { seed: 42, effort: 1 }, operator: 'power' });
    expect(check.results.map((r: { id: string; verdict: string }) => [r.id, r.verdict])).toEqual([
      ['A4', 'holds'],
      ['A5', 'refuted'],
    ]);
  });
  it('terminal', () => {
    expect(renderTerminalSummary(sampleAudit, summary)).toMatchSnapshot();
    expect(renderResultLine('power', sampleAudit.operators[0].results[1])).toMatchSnapshot();
  });
  it('JUnit', () => {
    const xml = renderJunit(sampleAudit);
    expect(xml).toMatchSnapshot();
    const cases = xml.match(/<testcase /g)!.length;
    const results =
      sampleAudit.operators.flatMap((o) => o.results).length +
      sampleAudit.aggregation!.flatMap((o) => o.results).length +
      sampleAudit.statements!.length;
    expect(cases).toBe(results);
    expect(xml).toMatch(/<testsuites name="kdaudit" tests="\d+" failures="3" errors="1" skipped="1">/);
    // a refutation carries its counterexample and replay command; user text is escaped
    expect(xml).toMatch(/<failure type="refuted" message="[^"]*replay: [^"]+"/);
    expect(xml).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(xml).not.toContain('<img');
    expect(renderCheckJunit(sampleAudit.operators[0])).toMatch(
      /<testsuite name="power" tests="2" failures="1" errors="0" skipped="0">/,
    );
  });
});
