import { checkKey, type Check } from './check.js';
import type { CheckContext } from './context.js';
import { Probe } from './probe.js';
import { search, type Found } from './search.js';
import type { CheckResult, Counterexample, Evidence } from './verdicts.js';
import { decideVerdict } from './decide.js';
import type { Corpus } from '../counterexamples/corpus.js';
import { minimise } from '../counterexamples/minimise.js';
import type { AuditedOperator } from './operator.js';

export interface RunOptions {
  ctx: CheckContext;
  seed: number;
  /** Milliseconds for this check on this operator: a safety cap, recorded when hit. */
  budgetMs: number;
  /** Multiplies each check's number of random cases. */
  effort: number;
  corpus?: Corpus;
  /** The command that replays a stored counterexample file. */
  replayCommand: (corpusFile: string | undefined) => string;
}

/**
 * One check on one operator: replay the stored counterexample first; otherwise search, minimise
 * what certifies, store it, and report what the verdict rests on.
 */
export function runCheck<X, Op extends AuditedOperator>(check: Check<X, Op>, op: Op, options: RunOptions): CheckResult {
  const { ctx, seed, corpus } = options;
  const started = Date.now();
  const deadline = started + options.budgetMs;
  const probe = new Probe(check, op, ctx, deadline);
  const notes: string[] = [];

  const loaded = corpus?.load<X>(checkKey(check), op.name, check.domain);
  if (loaded && 'invalid' in loaded) notes.push(`The stored counterexample ${corpus!.pathFor(checkKey(check), op.name)} was ignored: ${loaded.invalid}.`);
  const stored = loaded && 'entry' in loaded ? loaded.entry : undefined;
  let found: Found<X> | undefined;
  let replayed = false;
  if (stored) {
    const certificate = probe.certified(stored.instance);
    if (certificate) {
      found = { x: stored.instance, certificate, origin: stored.counterexample.seed === undefined ? { by: 'targeted', seed } : { by: 'fast-check', seed: stored.counterexample.seed, path: stored.counterexample.path ?? '' } };
      replayed = true;
    } else {
      notes.push(`The stored counterexample ${JSON.stringify(check.domain.describe(stored.instance))} no longer fails.`);
    }
  }
  found ??= search(probe, seed, Math.max(1, Math.round(check.runs * options.effort)), started + options.budgetMs * 0.8);

  let counterexample: Counterexample | undefined;
  if (found) {
    const minimiseUntil = Math.max(deadline, Date.now() + 2000);
    probe.deadline = minimiseUntil;
    const small = replayed ? { ...found, steps: 0 } : minimise(check.domain, found, (x) => probe.certified(x), minimiseUntil);
    const file = replayed ? corpus?.pathFor(checkKey(check), op.name) : undefined;
    counterexample = {
      instance: check.domain.describe(small.x),
      certificate: small.certificate,
      ...(found.origin.by === 'fast-check' ? { seed: found.origin.seed, path: found.origin.path } : { seed: found.origin.seed }),
      replay: '',
      size: check.domain.size(small.x),
    };
    const saved = replayed ? undefined : corpus?.save({ schemaVersion: 1, check: checkKey(check), operator: op.name, instance: small.x, counterexample });
    if (saved && 'error' in saved) notes.push(`could not store the counterexample: ${saved.error}`);
    const savedAt = replayed ? file : saved && 'path' in saved ? saved.path : undefined;
    counterexample.replay = options.replayCommand(savedAt);
    if (!replayed && small.steps > 0) notes.push(`Minimised in ${small.steps} certified simplification steps.`);
  }

  const evidence: Evidence = {
    kind: replayed ? 'corpus-replay' : check.evidenceKind,
    screened: probe.screened,
    exact: probe.certifications,
    precision: ctx.precision,
    seed,
    summary: summarise(check, op, probe, replayed, Date.now() - started),
  };
  return {
    id: check.id,
    ...(check.variant ? { variant: check.variant } : {}),
    title: check.title,
    ...decideVerdict({ counterexample, faults: probe.faultCount, screened: probe.screened }),
    evidence,
    ...(counterexample ? { counterexample } : {}),
    fidelity: probe.fidelity,
    findings: probe.findings,
    notes,
  };
}

function summarise<X, Op extends AuditedOperator>(check: Check<X, Op>, op: Op, probe: Probe<X, Op>, replayed: boolean, elapsedMs: number): string {
  const trust =
    op.exactness === 'generic' ? 'certified by outward-rounded interval arithmetic on the generic formula'
    : op.exactness === 'float64' ? 'the operator is float64 code only: violations judged from its returned doubles taken exactly, beyond a rounding allowance'
    : "the operator's applyExact, judged at two decimal precisions beyond an allowance";
  if (replayed) return `A stored counterexample was replayed and still fails (${trust}).`;
  const capped = probe.interrupted ? ' The time cap cut the search short: rerun with a larger --budget to reproduce exactly.' : '';
  const skipped = probe.equalitySkipped ? ` ${probe.equalitySkipped} float64 equalities (likely underflow) were not certified.` : '';
  const cap = probe.certifications >= probe.maxCertifications ? ` The cap of ${probe.maxCertifications} exact evaluations was reached: later float64 candidates were not evaluated exactly.` : '';
  return `${probe.screened} cases screened in float64 (${check.procedure}); ${probe.certifications} evaluated exactly; ${trust}; domain: ${check.domain.coverage}; ${(elapsedMs / 1000).toFixed(1)} s.${skipped}${cap}${capped}`;
}
