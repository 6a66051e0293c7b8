import { checkKey, type Check } from './check.js';
import { certificationPolicy } from './certification/policy.js';
import type { CheckContext } from './context.js';
import { Probe } from './probe.js';
import { search, type Found } from './search.js';
import { guideSearch } from './source/guide.js';
import type { Certificate, CheckResult, Counterexample, Evidence } from './verdicts.js';
import { decideVerdict } from './decide.js';
import type { Corpus } from './counterexamples/corpus.js';
import { minimise } from './counterexamples/minimise.js';
import type { AuditedOperator } from './operator.js';

export interface RunOptions {
  ctx: CheckContext;
  seed: number;
  /**
   * Milliseconds for this check on this operator: a safety net, not the bound of a normal run
   * (case counts are). A check it cuts short is marked incomplete.
   */
  budgetMs: number;
  /** Multiplies each check's number of random cases. */
  effort: number;
  corpus?: Corpus;
  /** The command that replays a stored counterexample file. */
  replayCommand: (corpusFile: string | undefined) => string;
}

/**
 * One check on one operator: replay the stored counterexample first; otherwise search, minimise
 * what certifies, store it, and report what the verdict rests on. The result depends on the seed,
 * the effort and the inputs only — unless the time budget cuts it short, which it then says.
 */
export function runCheck<X, Op extends AuditedOperator>(check: Check<X, Op>, op: Op, options: RunOptions): CheckResult {
  const { ctx, seed, corpus } = options;
  const deadline = Date.now() + options.budgetMs;
  op.setDeadline?.(deadline);
  const probe = new Probe(check, op, ctx, deadline);
  const notes: string[] = [];

  const loaded = corpus?.load<X>(checkKey(check), op.name, check.domain);
  if (loaded && 'invalid' in loaded)
    notes.push(`The stored counterexample ${corpus!.pathFor(checkKey(check), op.name)} was ignored: ${loaded.invalid}.`);
  const stored = loaded && 'entry' in loaded ? loaded.entry : undefined;
  let found: Found<X> | undefined;
  let replayed = false;
  if (stored) {
    const certificate = probe.certified(stored.instance);
    if (certificate) {
      found = {
        x: stored.instance,
        certificate,
        origin:
          stored.counterexample.seed === undefined
            ? { by: 'targeted', seed }
            : { by: 'fast-check', seed: stored.counterexample.seed, path: stored.counterexample.path ?? '' },
      };
      replayed = true;
    } else {
      notes.push(`The stored counterexample ${JSON.stringify(check.domain.describe(stored.instance))} no longer fails.`);
    }
  }
  const guidance = replayed ? { sentence: '' } : guideSearch(check.domain, op);
  found ??= search(probe, seed, Math.max(1, Math.round(check.runs * options.effort)), deadline, guidance.arbitrary);

  let counterexample: Counterexample | undefined;
  if (found) {
    const small = replayed
      ? { ...found, steps: 0, interrupted: false }
      : minimise(check.domain, found, (x) => probe.certified(x), deadline);
    if (small.interrupted) probe.interrupted = true;
    counterexample = store(check, op, small.x, small.certificate, found.origin, replayed, options, notes);
    if (!replayed && small.steps > 0) notes.push(`Minimised in ${small.steps} certified simplification steps.`);
  }
  // an input where the operator is undefined refutes the statement as stated; it is still checked where defined
  const undefinedAt = !counterexample && probe.undefinedAt ? probe.undefinedAt : undefined;
  const shown = counterexample ?? (undefinedAt && describeUndefined(check, undefinedAt.x, undefinedAt.certificate, options));

  const evidence: Evidence = {
    kind: replayed ? 'corpus-replay' : check.evidenceKind,
    screened: probe.screened,
    exact: probe.certifications,
    precision: ctx.precision,
    seed,
    summary: `${summarise(check, op, probe, replayed)}${guidance.sentence ? ` ${guidance.sentence}` : ''}`,
    ...(guidance.evidence ? { guidance: guidance.evidence } : {}),
  };
  return {
    id: check.id,
    ...(check.variant ? { variant: check.variant } : {}),
    title: check.title,
    ...decideVerdict({
      counterexample,
      faults: probe.faultCount,
      screened: probe.screened,
      undefinedAt: undefinedAt !== undefined,
    }),
    evidence,
    ...(shown ? { counterexample: shown } : {}),
    ...(undefinedAt ? { assumptionsNeeded: [undefinedAt.definedWhere] } : {}),
    fidelity: probe.fidelity,
    findings: probe.findings,
    notes,
    ...(probe.interrupted
      ? {
          incomplete: `the time budget of ${(options.budgetMs / 1000).toFixed(1)} s (a safety net) ran out before the check reached its stated counts: rerun with a larger --budget`,
        }
      : {}),
  };
}

/** The counterexample as reported, stored in the corpus (a failed write keeps it, with a note). */
function store<X, Op extends AuditedOperator>(
  check: Check<X, Op>,
  op: Op,
  x: X,
  certificate: Certificate,
  origin: Found<X>['origin'],
  replayed: boolean,
  options: RunOptions,
  notes: string[],
): Counterexample {
  const { corpus } = options;
  const counterexample: Counterexample = {
    instance: check.domain.describe(x),
    certificate,
    ...(origin.by === 'fast-check' ? { seed: origin.seed, path: origin.path } : { seed: origin.seed }),
    replay: '',
    size: check.domain.size(x),
  };
  const saved = replayed
    ? undefined
    : corpus?.save({ schemaVersion: 1, check: checkKey(check), operator: op.name, instance: x, counterexample });
  if (saved && 'error' in saved) notes.push(`could not store the counterexample: ${saved.error}`);
  const savedAt = replayed ? corpus?.pathFor(checkKey(check), op.name) : saved && 'path' in saved ? saved.path : undefined;
  counterexample.replay = options.replayCommand(savedAt);
  return counterexample;
}

function describeUndefined<X, Op extends AuditedOperator>(
  check: Check<X, Op>,
  x: X,
  certificate: Certificate,
  options: RunOptions,
): Counterexample {
  return {
    instance: check.domain.describe(x),
    certificate,
    replay: options.replayCommand(undefined),
    size: check.domain.size(x),
  };
}

function summarise<X, Op extends AuditedOperator>(check: Check<X, Op>, op: Op, probe: Probe<X, Op>, replayed: boolean): string {
  const trust = certificationPolicy(op.exactness, probe.ctx).trust;
  if (replayed) return `A stored counterexample was replayed and still fails (${trust}).`;
  const capped = probe.interrupted ? ' The time budget (a safety net) cut the search short: the result is incomplete.' : '';
  const skipped = probe.equalitySkipped
    ? ` ${probe.equalitySkipped} float64 equalities (likely underflow) were not certified.`
    : '';
  const unsafe = probe.unsafeSkipped
    ? ` ${probe.unsafeSkipped} float64 candidates outside the float-safe range (masses below 2^-30, T outside [1/16, 16]) were judged at their nearest safe instance instead.`
    : '';
  const undefinedSkipped = probe.undefinedSkipped
    ? ` ${probe.undefinedSkipped} more inputs undefined in float64 were not evaluated exactly.`
    : '';
  const cap =
    probe.certifications >= probe.maxCertifications
      ? ` The cap of ${probe.maxCertifications} exact evaluations was reached: later float64 candidates were not evaluated exactly.`
      : '';
  const undefinedNote = probe.undefinedAt
    ? ` The operator is undefined at some inputs (certified); the check was judged where ${probe.undefinedAt.definedWhere}.`
    : '';
  return `${probe.screened} cases screened in float64 (${check.procedure}); ${probe.certifications} evaluated exactly; ${trust}; domain: ${check.domain.coverage}.${undefinedNote}${skipped}${undefinedSkipped}${unsafe}${cap}${capped}`;
}
