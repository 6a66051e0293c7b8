import type { PaperSource, StatementClaim } from '../../../engine/statement/claim.js';
import type { StatementOutcome } from '../../../engine/statement/outcome.js';

/** Where a statement sits in Hinton, Vinyals & Dean (2015): label 'S1'…'S8' from the claims list, the paper's section. */
export const hintonSource = (label: string, section: string): PaperSource => ({ paper: 'hinton-kd', label, section });

/** The claim with notes added to what its search established (measured rates, the reading's scope). */
export function withNotes(
  claim: StatementClaim,
  notes: (run: Parameters<StatementClaim['evaluate']>[0]) => string[],
): StatementClaim {
  return {
    ...claim,
    evaluate(run) {
      const outcome: StatementOutcome = claim.evaluate(run);
      if (outcome.kind !== 'searched') return outcome;
      return { ...outcome, asStated: { ...outcome.asStated, notes: [...outcome.asStated.notes, ...notes(run)] } };
    },
  };
}
