import { checkKey } from '../../engine/check.js';
import type { OperatorAudit } from '../../engine/result/model.js';
import { resultAnchor, operatorAnchor } from './anchors.js';
import { esc } from './escape.js';

/**
 * Operators × axioms as a table that stays readable with twenty operators and a dozen readings: the
 * header row and the operator column stay in place while the table scrolls in its box, the column
 * heads are written vertically, and each cell is one coloured letter linking to the result's section
 * (the verdict word and the check's title are in its tooltip).
 */
export function matrix(id: string, caption: string, operators: readonly OperatorAudit[], columns: readonly string[]): string {
  const head = `<tr><th class="corner">operator</th>${columns.map((c) => `<th class="col" title="${esc(c)}"><span>${esc(shortColumn(c))}</span></th>`).join('')}</tr>`;
  const rows = operators.map((op) => {
    const cells = columns.map((c) => {
      const r = op.results.find((x) => checkKey(x) === c);
      if (!r) return '<td></td>';
      const title = `${op.operator} × ${c} (${r.title}): ${r.verdict}`;
      return `<td class="cell v-${esc(r.verdict)}"><a href="#${resultAnchor(op.operator, r)}" title="${esc(title)}">${esc(r.verdict.slice(0, 1).toUpperCase())}</a></td>`;
    });
    return `<tr><th class="row"><a href="#${operatorAnchor(op.operator)}">${esc(op.operator)}</a></th>${cells.join('')}</tr>`;
  });
  return `<h3 id="${id}">${esc(caption)}</h3><div class="matrix"><table><thead>${head}</thead><tbody>${rows.join('\n')}</tbody></table></div>`;
}

/** 'ensemble-kd/jensen/squared' → 'jensen/squared': the paper prefix is the table's caption already. */
const shortColumn = (c: string) => c.replace(/^[^/]+\/(?=.*\/)/, '');
