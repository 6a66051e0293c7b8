import type { KeyFinding } from '../key-findings.js';
import { findingCounts } from '../markdown-findings.js';
import { esc } from './escape.js';
import { typeset } from './typeset.js';
import { badge } from './verdict.js';

/**
 * The HTML report's first screen: the key findings as a compact table, most important first — the
 * verdict, what failed (linking to its section), the one-sentence reason, the minimal counterexample.
 */
export function keyFindingsHtml(findings: readonly KeyFinding[]): string {
  if (!findings.length)
    return '<section id="key-findings"><h2>Key findings</h2><p>Nothing refuted, conditional or vacuous: every statement and operator check holds, is proved, or has no truth value.</p></section>';
  const rows = findings.map(
    (f) =>
      `<tr class="finding ${esc(f.kind)}"><td>${badge(f.verdict)}</td><td><a href="#${esc(f.anchor)}">${typeset(f.subject)}</a><div class="small">${typeset(f.title)}</div></td><td>${typeset(f.reason)}${f.counterexample ? `<div class="cx-line">Counterexample: <code>${esc(f.counterexample)}</code></div>` : ''}</td></tr>`,
  );
  return `<section id="key-findings"><h2>Key findings</h2>
<p class="small">${esc(findingCounts(findings))}; most important first, each linking to its section. Counts and tables follow.</p>
<table class="key-findings"><thead><tr><th>verdict</th><th>what</th><th>why, and the minimal counterexample</th></tr></thead><tbody>${rows.join('\n')}</tbody></table></section>`;
}
