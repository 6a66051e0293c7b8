import type { Verdict } from '../engine/verdicts.js';

/**
 * Exit codes of every command: decided here, never inside a renderer.
 * check and audit: 0 nothing refuted, nothing errored, nothing cut short; 1 something refuted as
 * stated (`refuted`, or `conditional`); 2 usage or load error; 3 nothing refuted, but some check
 * errored (`error`) or was cut short by the time budget (incomplete) — its verdict is not the whole
 * story. A refutation wins over an error: it is certified whatever else went wrong.
 */
export const EXIT = {
  /** nothing refuted, every check complete */
  ok: 0,
  /** something refuted (or, for replay, the stored counterexample still fails) */
  refuted: 1,
  /** usage or load errors */
  usage: 2,
  /** nothing refuted, but a check errored or was cut short */
  incomplete: 3,
} as const;

/** The exit code of a run from its results' verdicts and completeness. */
export function exitCodeOf(results: ReadonlyArray<{ verdict: Verdict; incomplete?: string }>): number {
  if (results.some((r) => r.verdict === 'refuted' || r.verdict === 'conditional')) return EXIT.refuted;
  if (results.some((r) => r.verdict === 'error' || r.incomplete !== undefined)) return EXIT.incomplete;
  return EXIT.ok;
}
