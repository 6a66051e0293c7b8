import type { Check } from '../check.js';
import type { AuditedOperator } from '../operator.js';
import { runCheck } from '../run-check.js';
import type { Obligation, StatementClaim } from './claim.js';
import { STATEMENT_SUBJECT } from './subject.js';

/** An assumption a reviewer might add, decided exactly on an instance. */
export interface Assumption<X> {
  /** Short name shown in reports: 'interior', 'T ≥ 1', 'ε_tune = 0'. */
  readonly name: string;
  readonly text: string;
  holds(x: X): boolean;
}

export type StatementMeta = Omit<StatementClaim, 'evaluate' | 'checks'>;

/** Candidate sets up to this size are tried; beyond it the rescue is reported as not found. */
const MAX_CANDIDATE_SET = 3;

/**
 * A universally quantified statement, searched as stated (its check encodes the paper's own
 * assumptions). When it is refuted, the reviewer's candidate assumptions are tried, smallest sets
 * first, each by a fresh search restricted to instances meeting them; the first set under which
 * nothing refutes it makes the statement `conditional`.
 */
export function universalStatement<X>(
  meta: StatementMeta,
  check: Check<X, AuditedOperator>,
  candidates: readonly Assumption<X>[] = [],
): StatementClaim {
  return {
    ...meta,
    checks: [check],
    evaluate(run) {
      const asStated = runCheck(check, STATEMENT_SUBJECT, run);
      if (asStated.verdict !== 'refuted' || candidates.length === 0) return { kind: 'searched', asStated };
      const tried: string[][] = [];
      for (const set of subsetsBySize(candidates, MAX_CANDIDATE_SET)) {
        const names = set.map((a) => a.name);
        tried.push(names);
        const restricted = restrict(check, set);
        // A rescue search stores nothing: the corpus holds counterexamples to statements as stated.
        const result = runCheck(restricted.check, STATEMENT_SUBJECT, { ...run, corpus: undefined, budgetMs: run.budgetMs / 2 });
        if (result.verdict === 'holds' && restricted.met() > 0) {
          const summary = `${result.evidence.summary} ${restricted.met()} of ${result.evidence.screened} cases met the added assumptions.`;
          return {
            kind: 'searched',
            asStated,
            rescue: { tried, found: { assumptions: names, result: { ...result, evidence: { ...result.evidence, summary } } } },
          };
        }
      }
      return { kind: 'searched', asStated, rescue: { tried } };
    },
  };
}

/** The check on the instances meeting every assumption of the set; others are neither candidates nor certified. */
function restrict<X>(check: Check<X, AuditedOperator>, set: readonly Assumption<X>[]) {
  let met = 0;
  const meets = (x: X) => set.every((a) => a.holds(x));
  const restricted: Check<X, AuditedOperator> = {
    ...check,
    screen(op, x, ctx) {
      if (!meets(x)) return Number.POSITIVE_INFINITY;
      met++;
      return check.screen(op, x, ctx);
    },
    certify: (op, x, ctx) => (meets(x) ? check.certify(op, x, ctx) : undefined),
  };
  return { check: restricted, met: () => met };
}

function* subsetsBySize<A>(items: readonly A[], maxSize: number): Generator<A[]> {
  for (let size = 1; size <= Math.min(maxSize, items.length); size++) yield* combinations(items, size, 0);
}

function* combinations<A>(items: readonly A[], size: number, from: number): Generator<A[]> {
  if (size === 0) {
    yield [];
    return;
  }
  for (let i = from; i <= items.length - size; i++)
    for (const rest of combinations(items, size - 1, i + 1)) yield [items[i], ...rest];
}

/** A derivation step searched as a check of its own; the step owns the check, so replay finds its counterexamples. */
export function searchedStep<X>(step: string, text: string, check: Check<X, AuditedOperator>): Obligation {
  return {
    step,
    text,
    checks: [check],
    evaluate: (run) => ({ kind: 'searched', asStated: runCheck(check, STATEMENT_SUBJECT, run) }),
  };
}
