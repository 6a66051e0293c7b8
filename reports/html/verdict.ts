import { VERDICTS, type Verdict } from '../../engine/verdicts.js';
import { esc } from './escape.js';

/** The closed verdict set's words for readers; the colours live in page.ts's CSS (class v-<verdict>). */
const MEANING: Record<Verdict, string> = {
  proved: 'discharged without sampling',
  holds: 'no counterexample in the search described',
  conditional: 'refuted as stated; holds under the added assumptions named',
  refuted: 'a certified counterexample exists',
  vacuous: 'an assumption cannot be met, or true by its form',
  unfalsifiable: 'no instance could refute it (the reason is given)',
  error: 'the check could not run',
};

/** The verdict as a coloured word. */
export const badge = (v: Verdict): string => `<span class="badge v-${esc(v)}">${esc(v)}</span>`;

/** Colour key for the graphs and the matrices. */
export const legend = (): string =>
  `<ul class="legend">${VERDICTS.map((v) => `<li>${badge(v)} ${MEANING[v]}</li>`).join('')}</ul>`;
