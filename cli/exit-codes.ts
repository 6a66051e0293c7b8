/** Exit codes of every command: decided here, never inside a renderer. */
export const EXIT = {
  /** nothing refuted */
  ok: 0,
  /** an axiom was refuted (or, for replay, the stored counterexample still fails) */
  refuted: 1,
  /** usage or load errors */
  usage: 2,
} as const;
