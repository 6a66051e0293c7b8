import { checkKey } from '../../engine/check.js';
import type { CheckResult } from '../../engine/verdicts.js';
import type { OperatorAudit } from '../../engine/result/model.js';
import { operatorAnchor, resultAnchor } from './anchors.js';
import { counterexampleBlock } from './counterexample.js';
import { entropyKey, entropyPlot } from './entropy-plot.js';
import { esc } from './escape.js';
import { evidenceLine, findingList } from './findings.js';
import { typeset } from './typeset.js';
import { badge } from './verdict.js';

/** One operator: what it is, how it softens (the entropy plot), then each axiom's result. */
export function operatorSection(op: OperatorAudit): string {
  const plot = op.curves?.length
    ? `<figure class="entropy">${entropyPlot(op.curves)}<figcaption>${entropyKey(op.curves)}</figcaption></figure>`
    : '';
  return `<section class="operator" id="${operatorAnchor(op.operator)}"><h3>${esc(op.operator)}</h3>
<p>${typeset(op.description)} (exactness: ${esc(op.exactness)})</p>
${plot}
${op.results.map((r) => resultSection(op.operator, r)).join('\n')}
</section>`;
}

function resultSection(operator: string, r: CheckResult): string {
  return [
    `<div class="result" id="${resultAnchor(operator, r)}"><h4>${esc(checkKey(r))} — ${typeset(r.title)} ${badge(r.verdict)}${r.incomplete ? ' (incomplete)' : ''}</h4>`,
    r.incomplete ? `<p><strong>Incomplete:</strong> ${esc(r.incomplete)}</p>` : '',
    evidenceLine(r.evidence, r.certified),
    r.assumptionsNeeded
      ? `<p>Holds, on the evidence above, where ${esc(r.assumptionsNeeded.join(' and '))}; the counterexample is an input where the operator is undefined.</p>`
      : '',
    r.counterexample
      ? counterexampleBlock(r.counterexample, 'V, denominator digits, T complexity', 'Counterexample', {
          operator,
          check: checkKey(r),
        })
      : '',
    findingList(r.findings, r.fidelity, r.notes),
    '</div>',
  ]
    .filter(Boolean)
    .join('\n');
}
