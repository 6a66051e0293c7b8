import { evidenceWords } from '../evidence-words.js';
import { statementAnchor } from '../markdown-statements.js';
import type { StatementResult } from '../../engine/result/model.js';
import { esc } from './escape.js';
import { typeset } from './typeset.js';
import { badge } from './verdict.js';

/**
 * The statements as the Markdown's summary table, below the graph: the graph shows the structure
 * and cuts long labels; the table gives every title, what each verdict rests on, the assumptions
 * needed and the status of each step of the derivation.
 */
export function statementTable(statements: readonly StatementResult[]): string {
  const rows = statements.map((s) => {
    const name = `<a href="#${statementAnchor(s)}">${typeset(s.source.label)}</a>${s.variant ? ` — ${esc(s.variant)}` : ''}`;
    const needed = (s.assumptionsNeeded ?? []).map(typeset).join(', ');
    return `<tr><td>${name}</td><td>${typeset(s.title)}</td><td>${badge(s.verdict)}</td><td>${esc(evidenceWords(s.evidence))}</td><td>${needed}</td><td>${steps(s)}</td></tr>`;
  });
  return `<table class="statements"><thead><tr><th>statement</th><th>title</th><th>verdict</th><th>rests on</th><th>assumptions needed</th><th>steps of the derivation</th></tr></thead><tbody>${rows.join('\n')}</tbody></table>`;
}

/** Each step of the derivation by name with its verdict, one per line: the names say which step failed. */
const steps = (s: StatementResult) =>
  s.obligations.length
    ? `<ul class="steps">${s.obligations.map((o) => `<li>${typeset(o.step)} ${badge(o.verdict)}</li>`).join('')}</ul>`
    : '';
