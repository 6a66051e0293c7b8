import { guaranteeView } from '../guarantees.js';
import { anchor } from '../markdown-text.js';
import type { OperatorAudit } from '../model.js';
import { esc } from './escape.js';

/** Ensemble-KD's guarantees against the axiom readings, as in the Markdown: who refutes each, satisfying which readings. */
export function guaranteeTable(operators: readonly OperatorAudit[], columns: readonly string[]): string {
  const view = guaranteeView(operators, columns);
  if (!view) return '';
  const intro = view.conforming.length
    ? `Operators satisfying every reading of B1–B5: ${view.conforming.map((op) => esc(op.operator)).join(', ')}.`
    : 'No built-in operator satisfies every reading of B1–B5, so each refutation below names the readings its operator does satisfy.';
  // one cell per guarantee, spanning the rows of its refutations
  const rows = view.rows.flatMap(({ claim, refutations }) => {
    const head = `<td rowspan="${Math.max(1, refutations.length)}">${esc(claim)}</td>`;
    if (!refutations.length) return [`<tr>${head}<td>none</td><td></td></tr>`];
    return refutations.map(({ operator, held }, i) => `<tr>${i === 0 ? head : ''}<td><a href="#${anchor(operator.operator, claim)}">${esc(operator.operator)}</a></td><td>${esc(held.join(', ') || 'none')}</td></tr>`);
  });
  return `<h3 id="guarantees">Operator-agnostic guarantees against the axiom readings</h3>
<p>${intro}</p>
<table class="existence"><thead><tr><th>guarantee</th><th>refuted on</th><th>readings of B1–B5 that operator satisfies</th></tr></thead><tbody>${rows.join('\n')}</tbody></table>`;
}
