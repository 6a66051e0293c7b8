import { guaranteeView, survival } from '../guarantees.js';
import { anchor } from '../markdown-text.js';
import type { ExistenceClaim, OperatorAudit } from '../../engine/result/model.js';
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
    return refutations.map(
      ({ operator, held }, i) =>
        `<tr>${i === 0 ? head : ''}<td><a href="#${anchor(operator.operator, claim)}">${esc(operator.operator)}</a></td><td>${esc(held.join(', ') || 'none')}</td></tr>`,
    );
  });
  return `<h3 id="guarantees">Operator-agnostic guarantees against the axiom readings</h3>
<p>${intro}</p>
<table class="existence"><thead><tr><th>guarantee</th><th>refuted on</th><th>readings of B1–B5 that operator satisfies</th></tr></thead><tbody>${rows.join('\n')}</tbody></table>`;
}

/** The plain answer first, as in the Markdown: does each guarantee survive on every conforming operator? */
export function survivalTable(
  operators: readonly OperatorAudit[],
  columns: readonly string[],
  existence: readonly ExistenceClaim[],
): string {
  const view = survival(operators, columns, existence);
  if (!view) return '';
  const rows = view.rows.map(({ claim, refutedOn, errorOn }) => {
    const answer = refutedOn.length
      ? '<strong>no</strong>'
      : errorOn.length
        ? `not decided (error on ${esc(errorOn.join(', '))})`
        : 'yes (search evidence)';
    const links = refutedOn.map((op) => `<a href="#${anchor(op, claim)}">${esc(op)}</a>`).join(', ');
    return `<tr><td>${esc(claim)}</td><td>${answer}</td><td>${links}</td></tr>`;
  });
  return `<h3 id="guarantee-survival">Do the guarantees hold for every conforming operator?</h3>
<p>The paper says its guarantees hold for every operator satisfying B1–B5. Conforming here: satisfying one reading of each axiom (see the existence table): ${esc(view.conforming.join(', '))}.</p>
<table class="existence"><thead><tr><th>guarantee (reading)</th><th>survives on every conforming operator</th><th>refuted (certified) on</th></tr></thead><tbody>${rows.join('\n')}</tbody></table>`;
}
