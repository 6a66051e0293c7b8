import { formatInstance } from '../format.js';
import type { ExistenceClaim } from '../../engine/result/model.js';
import { esc } from './escape.js';

/** Ensemble-KD's existence and non-uniqueness, one row per combination of readings (as in the Markdown). */
export function existenceTable(claims: readonly ExistenceClaim[]): string {
  if (!claims.length) return '';
  const rows = claims.map((c) => {
    const d = c.distinct;
    const distinct = d
      ? `${esc(d.a)} ≠ ${esc(d.b)} at ${esc(formatInstance(d.at))}, coordinate ${esc(d.coordinate)}: [${esc(d.a_i.join(', '))}] vs [${esc(d.b_i.join(', '))}]`
      : c.witnesses.length > 1
        ? 'not separated on the probe points'
        : '';
    return `<tr><td>${esc(c.readings.join(', '))}</td><td>${c.witnesses.map(esc).join(', ') || 'none'}</td><td>${distinct}</td></tr>`;
  });
  return `<h3 id="existence">Existence and non-uniqueness of operators satisfying B1–B5</h3>
<p>A witness is a built-in operator whose checks of those readings all hold (search evidence); non-uniqueness needs two witnesses that differ at a certified point.</p>
<table class="existence"><thead><tr><th>readings</th><th>witnesses</th><th>distinct witnesses</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}
