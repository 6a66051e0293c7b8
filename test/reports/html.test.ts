import { describe, expect, it } from 'vitest';
import { renderHtml } from '../../reports/html/index.js';
import { typeset } from '../../reports/html/typeset.js';
import { summarize } from '../../reports/summarize.js';
import { sampleAudit } from './sample-audit.js';

const html = await renderHtml(sampleAudit, summarize(sampleAudit));
const ids = new Set([...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]));

describe('HTML report', () => {
  it('is a pure function of (audit, summary)', async () => {
    expect(await renderHtml(sampleAudit, summarize(sampleAudit))).toBe(html);
    expect(html).toMatchSnapshot();
  });

  it('shows user input as text: operator names, variants, messages', () => {
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<b>');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt; | pipe');
    expect(html).toContain('&lt;b&gt;reading&lt;/b&gt;');
    // nothing in the file loads or runs anything
    expect(html).not.toMatch(/<script|\ssrc="|https?:\/\/|@import|url\((?!#arrow-)/i);
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`);
  });

  it('draws one graph node per statement, linking to its section, with an edge per use', () => {
    const graph = html.match(/<svg class="statement-graph"[\s\S]*?<\/svg>/)![0];
    const links = [...graph.matchAll(/<a class="node [^"]*" href="#([^"]+)">/g)].map((m) => m[1]);
    expect(links).toEqual(['sparse-kd-theorem-ix-1', 'sparse-kd-abstract-rate-b-reading-b']);
    for (const id of links) expect(ids).toContain(id);
    // theorem-VIII.3 is used but not audited: a node without a link
    expect(graph).toContain('<g class="node ext"><title>sparse-kd/theorem-VIII.3</title>');
    expect(graph.match(/<g class="edges">(.*?)<\/g>/)![1].match(/<path /g)).toHaveLength(2);
  });

  it('lists the statements below the graph, as the Markdown does', () => {
    expect(html).toContain(
      '<tr><td><a href="#sparse-kd-theorem-ix-1">Theorem IX.1</a></td><td>Convergence</td><td><span class="badge v-unfalsifiable">unfalsifiable</span></td><td>a free constant rescues every instance tried (12 instances)</td><td></td><td><ul class="steps"><li>n* optimisation <span class="badge v-proved">proved</span></li><li>n* ∝ sqrt(Lρ/ε) | as printed <span class="badge v-refuted">refuted</span></li></ul></td></tr>',
    );
    expect(html).toContain('— &lt;b&gt;reading&lt;/b&gt;</td>');
  });

  it('links every matrix cell to its result', () => {
    const cells = [...html.matchAll(/<td class="cell v-(\w+)"><a href="#([^"]+)"/g)].map((m) => [m[1], m[2]]);
    expect(cells).toEqual([
      ['holds', 'power-a4'],
      ['refuted', 'power-a5'],
      ['error', 'img-src-x-onerror-alert-1-pipe-a4'],
      ['refuted', 'linear-pool-soften-then-aggregate-b1-hull'],
    ]);
    for (const [, id] of cells) expect(ids).toContain(id);
  });

  it('draws each counterexample as input and output, its enclosure against the side it must lie on', () => {
    // B1/hull's instance has p1 (V = 2) and w (K = 1): p1 as input, A(p; w, T) of the linear pool as output; w's one weight stays in the table
    expect(html).toContain('aria-label="Input: p1 by class i"');
    expect(html).toContain('aria-label="Output at this input (float64): A(p; w, T), T = 2 by class i"');
    expect(html).not.toContain('Teacher weights');
    expect(html).toContain('<tr><th>w</th><td><code>(1)</code></td></tr>');
    expect(html).toContain('<title>p1, 1: 2/3</title>');
    // F_2(2/3, 1/3) = (√2/3, 1/3)/(√2/3 + 1/3) ≈ (0.585786, 0.414214)
    expect(html).toContain('<title>A(p; w, T), T = 2, 1: ≈ 0.585786 (float64)</title>');
    expect(html.match(/class="plot interval"/g)).toHaveLength(4);
  });

  it('draws the entropy curves with their limits, breaking a curve where it has no value', () => {
    expect(html.match(/class="plot entropy"/g)).toHaveLength(2);
    const pool = html.slice(html.indexOf('id="operator-linear-pool-soften-then-aggregate"'));
    const d = pool.match(/<path class="curve" d="([^"]+)"/)![1];
    expect(d.match(/M/g)).toHaveLength(2);
    expect(pool).toContain('not a probability vector at 1 of 7 temperatures (gaps)');
    expect(html).toContain('limits 0 (T → 0⁺), ln 4 (T → ∞)');
  });
});

describe('HTML report of Ensemble-KD’s guarantees', () => {
  it('names the operators refuting a guarantee and the readings they satisfy', async () => {
    const pool = sampleAudit.aggregation![0];
    const jensen = { ...pool.results[0], id: 'ensemble-kd/jensen', variant: 'squared', title: 'Jensen bound' };
    const holds = { ...pool.results[0], variant: 'simplex', verdict: 'holds' as const };
    const audit = { ...sampleAudit, aggregation: [{ ...pool, results: [holds, ...pool.results, jensen] }] };
    const page = await renderHtml(audit, summarize(audit));
    expect(page).toContain(
      '<tr><td rowspan="1">ensemble-kd/jensen/squared</td><td><a href="#linear-pool-soften-then-aggregate-ensemble-kd-jensen-squared">linear-pool/soften-then-aggregate</a></td><td>B1/simplex</td></tr>',
    );
    expect(page).toContain('id="linear-pool-soften-then-aggregate-ensemble-kd-jensen-squared"');
  });
});

describe('HTML report of statements only', () => {
  it('has no operator matrices, counts or sections', async () => {
    const statements = sampleAudit.statements!.map((st, k) => (k === 0 ? { ...st, dependsOn: [...st.dependsOn, 'A3'] } : st));
    const statementsOnly = { ...sampleAudit, operators: [], aggregation: undefined, existence: undefined, statements };
    const page = await renderHtml(statementsOnly, summarize(statementsOnly));
    expect(page).not.toMatch(/Operator × axiom results|id="matrices"|id="operator-sections"|href="#matrices"/);
    expect(page).toContain('<svg class="statement-graph"');
    // with no matrix to link to, the axioms a statement uses are plain nodes
    expect(page).not.toContain('href="#softening-matrix"');
    expect(page).toContain('<g class="node ext"><title>A3</title>');
  });
});

describe('typeset', () => {
  it('writes the statements’ exponents and indices as sup and sub, after escaping', () => {
    expect(typeset('p^(1/T) ∝ softmax(z/T) on Δ^V')).toBe('p<sup>1/T</sup> ∝ softmax(z/T) on Δ<sup>V</sup>');
    expect(typeset('{F_T}_{T>0}, ε_tune')).toBe('{F<sub>T</sub>}<sub>T&gt;0</sub>, ε<sub>tune</sub>');
    expect(typeset('<i>x</i>_<b>')).toBe('&lt;i&gt;x&lt;/i&gt;_&lt;b&gt;');
  });
});
