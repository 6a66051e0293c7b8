import type { Num } from '../../../engine/num/index.js';
import { runCheck } from '../../../engine/run-check.js';
import type { StatementClaim } from '../../../engine/statement/claim.js';
import { STATEMENT_SUBJECT } from '../../../engine/statement/subject.js';
import { shiftInvarianceCheck, type ProbabilityMap } from '../models/shift-invariance.js';

/** Maps of the simplex that break the axioms on purpose: if the corollary holds for them too, "F_T ∈ F_1–5" does no work. */
const nonConforming: ProbabilityMap[] = [
  {
    name: 'rank-reversal (1 − p_i)/(V − 1)', // breaks Axioms 1, 4 and 5
    apply: <V>(N: Num<V>, p: readonly V[]) => p.map((pi) => N.div(N.sub(N.of(1), pi), N.of(p.length - 1))),
  },
  {
    name: 'sharpen p_i²/Σ p_j², ignoring T', // breaks Axioms 3, 4 and 5
    apply: <V>(N: Num<V>, p: readonly V[]) => {
      const squares = p.map((pi) => N.mul(pi, pi));
      const total = N.sum(squares);
      return squares.map((s) => N.div(s, total));
    },
  },
];

/**
 * Corollary VI.2: KD with any conforming F_T needs only p = softmax(z). Read as "the target depends
 * on z only through softmax(z)", it is Lemma VI.1 for every function of p. The check runs the
 * lemma's search on maps that satisfy none of the axioms: when nothing refutes it there either, the
 * corollary is true by its form (F_T: Δ^V → Δ^V takes p as its only input) — `vacuous`, trivial.
 */
export const corollaryVI2 = logitFree(shiftInvarianceCheck('sparse-kd/corollary-VI.2', nonConforming, 150));

/** The corollary over a given check (tests pass one with a wrong shift, to show it can be refuted). */
export function logitFree(check: ReturnType<typeof shiftInvarianceCheck>): StatementClaim {
  return {
    id: 'sparse-kd/corollary-VI.2',
    source: { paper: 'sparse-kd', label: 'Corollary VI.2', section: 'VI' },
    declaredIn: import.meta.url,
    title: 'Logit-free formulation',
    statement:
      'Knowledge distillation with any F_T ∈ F_1–5 needs only the teacher probabilities p = softmax(z): the target F_T(p) is the same for all logits with the same softmax.',
    assumptions: ['F_T ∈ F_1–5'],
    dependsOn: ['sparse-kd/lemma-VI.1', 'sparse-kd/definition-IV.1'],
    checks: [check],
    evaluate(run) {
      const result = runCheck(check, STATEMENT_SUBJECT, run);
      if (result.verdict !== 'holds') return { kind: 'searched', asStated: result };
      return {
        kind: 'vacuous',
        reason: 'trivial',
        detail: `True by its form: F_T is a map Δ^V → Δ^V, so the target needs p and nothing else, whatever the axioms. The same search as Lemma VI.1's, run on maps satisfying none of Axioms 1–5 (${nonConforming.map((m) => m.name).join('; ')}), finds no counterexample: ${result.evidence.summary}`,
      };
    },
  };
}
