import { decideStatement } from '../decide.js';
import type { RunOptions } from '../run-check.js';
import type { Counterexample, Evidence, FidelityFinding } from '../verdicts.js';
import type { ObligationResult, StatementResult } from '../result/model.js';
import type { StatementClaim } from './claim.js';
import type { StatementOutcome } from './outcome.js';

/**
 * Runs one statement and each step of its derivation. Whatever a check throws becomes an `error`
 * naming the cause, for that statement or step only: the audit goes on.
 */
export function runStatement(claim: StatementClaim, options: RunOptions): StatementResult {
  const outcome = guarded(() => claim.evaluate(options));
  const searched = outcome.kind === 'searched' ? outcome : undefined;
  const found = searched?.rescue?.found;
  return {
    id: claim.id,
    ...(claim.variant ? { variant: claim.variant } : {}),
    source: claim.source,
    title: claim.title,
    statement: claim.statement,
    assumptions: [...claim.assumptions],
    dependsOn: [...claim.dependsOn],
    ...decideStatement(outcome),
    evidence: evidenceOf(outcome, options),
    ...counterexampleOf(outcome, claim.id),
    ...(found ? { assumptionsNeeded: found.assumptions } : {}),
    ...(searched?.rescue ? { candidatesTried: searched.rescue.tried } : {}),
    obligations: (claim.obligations ?? []).map((o): ObligationResult => {
      const stepOutcome = guarded(() => o.evaluate(options));
      return {
        step: o.step,
        text: o.text,
        ...decideStatement(stepOutcome),
        evidence: evidenceOf(stepOutcome, options),
        ...counterexampleOf(stepOutcome, claim.id),
      };
    }),
    fidelity: fidelityOf(outcome),
    notes: searched ? [...searched.asStated.notes, ...searched.asStated.findings.map((f) => f.message)] : [],
    ...incompleteOf(searched),
  };
}

/** A search cut short by the time budget, as stated or under the rescuing assumptions, leaves the verdict incomplete. */
function incompleteOf(searched: Extract<StatementOutcome, { kind: 'searched' }> | undefined): { incomplete?: string } {
  const reason = searched?.asStated.incomplete ?? searched?.rescue?.found?.result.incomplete;
  return reason ? { incomplete: reason } : {};
}

function guarded(evaluate: () => StatementOutcome): StatementOutcome {
  try {
    return evaluate();
  } catch (e) {
    return { kind: 'failed', detail: `The check could not run: ${(e as Error).message}` };
  }
}

/**
 * The certified counterexample, with its replay command: a searched one replays from the corpus;
 * one found by a derivation (symbolic, exact) is found again by auditing the statement alone.
 */
function counterexampleOf(outcome: StatementOutcome, id: string): { counterexample?: Counterexample } {
  if (outcome.kind === 'searched')
    return outcome.asStated.counterexample ? { counterexample: outcome.asStated.counterexample } : {};
  const c = 'counterexample' in outcome ? outcome.counterexample : undefined;
  return c ? { counterexample: { ...c, replay: `npx kdaudit audit --statement ${id}` } } : {};
}

function fidelityOf(outcome: StatementOutcome): FidelityFinding[] {
  if (outcome.kind !== 'searched') return [];
  return [...outcome.asStated.fidelity, ...(outcome.rescue?.found?.result.fidelity ?? [])];
}

/** What the verdict rests on, in the shared evidence shape (counts are 0 where nothing was sampled). */
function evidenceOf(outcome: StatementOutcome, options: RunOptions): Evidence {
  const base = { screened: 0, exact: 0, precision: options.ctx.precision, seed: options.seed };
  switch (outcome.kind) {
    case 'searched': {
      const { asStated, rescue } = outcome;
      if (!rescue) return asStated.evidence;
      const tried = rescue.tried.map((set) => `{${set.join(', ')}}`).join(', ');
      const under = rescue.found
        ? ` Under {${rescue.found.assumptions.join(', ')}}: ${rescue.found.result.evidence.summary}`
        : ` No candidate set rescued it (tried ${tried || 'none'}).`;
      return { ...asStated.evidence, summary: `As stated: ${asStated.evidence.summary}${under}` };
    }
    case 'derived':
      return { ...base, kind: outcome.method, summary: outcome.detail };
    case 'free-constant':
      return {
        ...base,
        kind: 'free-constant',
        exact: outcome.instances,
        summary: `${outcome.detail} (free constant: ${outcome.constant}; ${outcome.instances} instances tried)`,
      };
    case 'vacuous':
      return { ...base, kind: 'vacuity', summary: outcome.detail };
    case 'witness':
      return {
        ...base,
        kind: 'witness',
        summary: outcome.witness
          ? `Witness ${outcome.witness}, verified by ${outcome.verifiedBy}: ${outcome.detail}`
          : `No witness found — existence stays unsettled (no instance can refute an existence statement): ${outcome.detail}`,
      };
    case 'no-proposition':
      return { ...base, kind: 'reading', summary: outcome.detail };
    case 'failed':
      return { ...base, kind: 'none', summary: outcome.detail };
  }
}
