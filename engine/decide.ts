import type { Counterexample, Verdict } from './verdicts.js';
import type { StatementOutcome } from './statement/outcome.js';

/**
 * The one place where evidence becomes a verdict word for searched checks: refuted needs a
 * certified counterexample; faults without one mean the check could not run everywhere (error);
 * an operator certified undefined at some input, and nothing refuted where it is defined, makes the
 * check conditional on its domain of definition; otherwise it holds on the evidence gathered.
 */
export function decideVerdict(facts: {
  counterexample?: Counterexample;
  faults: number;
  screened: number;
  undefinedAt?: boolean;
}): { verdict: Verdict; certified: boolean } {
  if (facts.counterexample) return { verdict: 'refuted', certified: true };
  if (facts.faults > 0) return { verdict: 'error', certified: false };
  if (facts.screened === 0) return { verdict: 'error', certified: false };
  if (facts.undefinedAt) return { verdict: 'conditional', certified: true };
  return { verdict: 'holds', certified: false };
}

/**
 * The verdict of a paper's statement from what its check established. A statement refuted as
 * stated but safe under a set of candidate assumptions is `conditional`; a witness found by search
 * supports existence (`holds`) but only an exactly verified one proves it; without a witness an
 * existence statement is unsettled, and no instance could ever refute it: `unfalsifiable`.
 */
export function decideStatement(outcome: StatementOutcome): { verdict: Verdict; certified: boolean } {
  switch (outcome.kind) {
    case 'searched':
      if (outcome.asStated.verdict === 'refuted' && outcome.rescue?.found) return { verdict: 'conditional', certified: true };
      return { verdict: outcome.asStated.verdict, certified: outcome.asStated.certified };
    case 'derived':
      if (outcome.counterexample) return { verdict: 'refuted', certified: true };
      // a grid of an infinite domain is evidence, not a proof
      return { verdict: outcome.method === 'grid' ? 'holds' : 'proved', certified: false };
    case 'free-constant':
      if (outcome.counterexample) return { verdict: 'refuted', certified: true };
      return { verdict: outcome.instances > 0 ? 'unfalsifiable' : 'error', certified: false };
    case 'vacuous':
      return { verdict: 'vacuous', certified: false };
    case 'witness':
      if (!outcome.witness) return { verdict: 'unfalsifiable', certified: false };
      return { verdict: outcome.verifiedBy === 'exact' ? 'proved' : 'holds', certified: false };
    case 'no-proposition':
      return { verdict: 'unfalsifiable', certified: false };
    case 'failed':
      return { verdict: 'error', certified: false };
  }
}
