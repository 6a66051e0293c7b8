import type { MutationAnalysis } from '../../engine/result/mutation.js';
import { anchor } from '../markdown-text.js';
import { STATUS_NOTE, axiomsLine, countsLine, scoreText, survivorEvidence } from '../mutation-text.js';
import { esc } from './escape.js';

/** One operator's mutation section in HTML: score, the kill matrix (mutant × axiom), each survivor as a source diff with its evidence. */
export function mutationSectionHtml(a: MutationAnalysis): string {
  const run = a.mutants.filter((m) => m.status !== 'no-coverage');
  const head = `<tr><th>mutant</th><th>status</th>${a.axioms.map((ax) => `<th>${esc(ax)}</th>`).join('')}</tr>`;
  const rows = run.map((m) => {
    const cells = a.axioms.map((ax) => {
      const killer = m.killedBy?.find((k) => k.axiom === ax);
      return killer
        ? `<td class="v-refuted"><span class="badge">killed</span> <span class="small">${esc(killer.certificate)}</span></td>`
        : `<td>${m.axioms?.some((x) => x.axiom === ax) ? '·' : ''}</td>`;
    });
    return `<tr><td><code>${esc(m.id)}</code></td><td>${esc(m.status)}</td>${cells.join('')}</tr>`;
  });
  const survivors = a.mutants
    .filter((m) => m.status === 'survived')
    .map((m) => {
      const diff = [...m.diff.original.map((l) => `- ${l}`), ...m.diff.mutated.map((l) => `+ ${l}`)].map(esc).join('\n');
      return `<h5>Survivor <code>${esc(m.id)}</code> (line ${esc(m.line)})</h5><pre><code>${diff}</code></pre><p class="small">${esc(survivorEvidence(m))}</p>`;
    });
  return [
    `<section class="mutation" id="${esc(anchor('mutation', a.operator))}">`,
    `<h4>Mutation analysis: ${esc(a.operator)}</h4>`,
    `<p>Source <code>${esc(a.source)}</code>, seed ${esc(a.seed)}, effort ${esc(a.effort)}. <strong>Mutation score ${esc(scoreText(a))}</strong>: ${esc(countsLine(a))}.</p>`,
    `<p class="small">${esc(axiomsLine(a))}. ${esc(STATUS_NOTE)}</p>`,
    run.length ? `<div class="matrix"><table>${head}${rows.join('')}</table></div>` : '',
    ...survivors,
    '</section>',
  ].join('\n');
}
