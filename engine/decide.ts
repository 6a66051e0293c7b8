import type { Counterexample, Verdict } from './verdicts.js';

/**
 * The one place where evidence becomes a verdict word for searched checks: refuted needs a
 * certified counterexample; faults without one mean the check could not run everywhere (error);
 * otherwise the statement holds on the evidence gathered.
 */
export function decideVerdict(facts: { counterexample?: Counterexample; faults: number; screened: number }): { verdict: Verdict; certified: boolean } {
  if (facts.counterexample) return { verdict: 'refuted', certified: true };
  if (facts.faults > 0) return { verdict: 'error', certified: false };
  if (facts.screened === 0) return { verdict: 'error', certified: false };
  return { verdict: 'holds', certified: false };
}
