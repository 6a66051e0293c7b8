import { statementAnchor } from '../markdown-statements.js';
import type { StatementResult } from '../../engine/result/model.js';
import { counterexampleBlock } from './counterexample.js';
import { esc } from './escape.js';
import { evidenceLine, findingList } from './findings.js';
import { typeset } from './typeset.js';
import { badge } from './verdict.js';

const SIZE_ORDER = 'size, compared in order';

/**
 * One statement: the text typeset, the paper's assumptions, what it uses (linked), the verdict and
 * its evidence, the counterexample with its pictures, the assumptions it needs, the derivation's
 * steps with their status. `href` resolves a dependency id to a link target, if the report has one.
 */
export function statementSection(s: StatementResult, href: (id: string) => string | undefined): string {
  const parts = [
    `<section class="statement" id="${statementAnchor(s)}">`,
    `<h3>${esc(s.source.label)} — ${typeset(s.title)}${s.variant ? ` <span class="reading">(reading: ${esc(s.variant)})</span>` : ''} ${badge(s.verdict)}</h3>`,
    `<blockquote class="math">${typeset(s.statement)}</blockquote>`,
    `<p class="small">Id <code>${esc(s.id)}</code>${s.variant ? `, reading “${esc(s.variant)}”` : ''}; §${esc(s.source.section)}</p>`,
    `<p>The paper's assumptions: ${s.assumptions.length ? s.assumptions.map(typeset).join('; ') : 'none stated'}</p>`,
  ];
  if (s.dependsOn.length) parts.push(`<p>Uses: ${s.dependsOn.map((d) => link(d, href(d))).join(', ')}</p>`);
  parts.push(evidenceLine(s.evidence, s.certified));
  if (s.counterexample)
    parts.push(counterexampleBlock(s.counterexample, SIZE_ORDER, 'Counterexample to the statement as stated'));
  if (s.assumptionsNeeded) parts.push(`<p>Assumptions needed: ${s.assumptionsNeeded.map(typeset).join(', ')}</p>`);
  if (s.candidatesTried?.length)
    parts.push(
      `<p>Candidate assumption sets tried: ${s.candidatesTried.map((set) => `{${set.map(typeset).join(', ')}}`).join(', ')}</p>`,
    );
  parts.push(findingList([], s.fidelity, s.notes));
  if (s.obligations.length) {
    const rows = s.obligations.map(
      (o) =>
        `<tr><td>${typeset(o.step)}</td><td>${typeset(o.text)}</td><td>${badge(o.verdict)}</td><td>${esc(o.evidence.summary)}</td></tr>`,
    );
    parts.push(
      `<table class="steps"><thead><tr><th>step of the derivation</th><th>what must hold</th><th>verdict</th><th>evidence</th></tr></thead><tbody>${rows.join('')}</tbody></table>`,
    );
    for (const o of s.obligations)
      if (o.counterexample) parts.push(counterexampleBlock(o.counterexample, SIZE_ORDER, `Counterexample to step ${o.step}`));
  }
  parts.push('</section>');
  return parts.filter(Boolean).join('\n');
}

const link = (id: string, target: string | undefined) =>
  target ? `<a href="${esc(target)}"><code>${esc(id)}</code></a>` : `<code>${esc(id)}</code>`;
