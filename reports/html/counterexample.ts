import type { Counterexample } from '../../engine/verdicts.js';
import { formatCertificate, provenance } from '../format.js';
import type { CounterexampleContext } from '../counterexample-outputs.js';
import { counterexampleFigures } from './counterexample-figures.js';
import { esc } from './escape.js';
import { intervalPlot } from './interval-plot.js';

/**
 * A certified counterexample, the same facts as the Markdown's (exact instance, certificate,
 * minimality, replay) plus pictures: the input beside the operator's output at it (see
 * counterexampleFigures), and the certified enclosure of the violated quantity against the side it must lie on.
 */
export function counterexampleBlock(
  c: Counterexample,
  sizeOrder: string,
  label: string,
  context: CounterexampleContext = {},
): string {
  const values = Object.entries(c.instance)
    .map(([k, v]) => `<tr><th>${esc(k)}</th><td><code>${esc(Array.isArray(v) ? `(${v.join(', ')})` : v)}</code></td></tr>`)
    .join('');
  return `<div class="cx"><h5>${esc(label)}</h5>
<table class="values"><tbody>${values}</tbody></table>
<div class="figures">${counterexampleFigures(c.instance, context).join('')}${intervalPlot(c.certificate)}</div>
<p>Certificate: ${esc(formatCertificate(c.certificate))}. ${esc(c.certificate.explanation)}</p>
<p>Minimality (${esc(sizeOrder)}): (${esc(c.size.join(', '))}); found ${provenance(c, (path) => `<code>${esc(path)}</code>`)}</p>
<p>Replay: <code class="replay">${esc(c.replay)}</code></p></div>`;
}
