import type { Evidence, EvidenceKind } from '../engine/verdicts.js';

/** `n` with its noun, singular or plural: '1 case', '12 cases'. */
const count = (n: number, noun: string) => `${String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ' ')} ${noun}${n === 1 ? '' : 's'}`;

/**
 * What each kind of evidence means, in words a reader without the source understands. The one
 * mapping every report uses for "what a verdict rests on" (tables, evidence lines, key findings),
 * so the Markdown, the HTML and the JUnit never drift apart. A `Record` over the closed set: a new
 * kind of evidence does not compile until it has its words.
 */
const WORDS: Record<EvidenceKind, (e: Evidence) => string> = {
  search: (e) => `search: ${count(e.screened, 'case')} screened in float64, ${count(e.exact, 'case')} evaluated exactly`,
  'corpus-replay': () => 'stored counterexample re-certified',
  // screened counts the instances whose sequences were followed, exact the terms evaluated in exact arithmetic
  'certified-sequence': (e) =>
    `sequences of terms at ${count(e.screened, 'instance')}${e.exact ? `, ${count(e.exact, 'term')} evaluated exactly` : ''} (evidence along a sequence, not a proof)`,
  'jump-search': (e) => `jump search with shrinking steps, ${count(e.exact, 'exact evaluation')}`,
  symbolic: () => 'symbolic identity (simplified to 0)',
  exact: () => 'exact computation, no sampling',
  exhaustive: (e) => `every case of a finite domain evaluated exactly (${count(e.exact, 'case')})`,
  grid: (e) => `grid of ${count(e.exact, 'point')} evaluated exactly (evidence, not a proof)`,
  witness: () => 'verified witness',
  'free-constant': (e) => `a free constant rescues every instance tried (${count(e.exact, 'instance')})`,
  vacuity: () => 'assumptions shown unmeetable, or true by its form',
  reading: () => 'a definition or remark: read for what it fixes, no truth value',
  none: () => 'no evidence',
};

/** What a verdict rests on, in a few words: 'stored counterexample re-certified', 'search: 1 200 cases screened …'. */
export const evidenceWords = (e: Evidence): string => WORDS[e.kind](e);
