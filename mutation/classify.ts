import { checkKey as key } from '../engine/check.js';
import type { CheckResult } from '../engine/verdicts.js';
import type { Mutant } from './generate.js';
import type { AxiomOutcome, MutantResult } from '../engine/result/mutation.js';
import type { TaskResult } from './run-mutants.js';

const DIGITS = 50;

/**
 * The status of a mutant from its run: killed when an axiom reading the original satisfies refutes
 * it (with a certificate); error when it does not load or faults (thrown, garbage, hung calls) where
 * the axioms evaluate it — noticed, but not refuted, so it is left out of the score like Stryker's
 * runtime errors; timeout when the safety net cut its run short; equivalent when nothing refuted it
 * and its outputs equal the original's on the whole determining set; survived otherwise, with the
 * point where it differs and the cases each axiom screened.
 */
export function classify(mutant: Mutant, run: TaskResult, timeoutMs: number): MutantResult {
  const base: MutantResult = {
    id: mutant.id,
    mutator: mutant.mutator,
    line: mutant.line,
    column: mutant.column,
    diff: mutant.diff,
    status: 'error',
  };
  if (!run.ok) {
    return run.timedOut
      ? {
          ...base,
          status: 'timeout',
          reason: `no result within ${timeoutMs / 1000} s (the safety net): its worker was terminated`,
        }
      : { ...base, reason: `the run crashed: ${run.error}` };
  }
  const { outcome } = run;
  if (outcome.loadError !== undefined) return { ...base, reason: `does not load: ${outcome.loadError}` };
  const results = outcome.results ?? [];
  const axioms = results.map(axiomOutcome);
  const killers = results.filter((r) => r.verdict === 'refuted' || r.verdict === 'conditional');
  if (killers.length)
    return {
      ...base,
      status: 'killed',
      killedBy: killers.map((r) => ({ axiom: key(r), certificate: r.counterexample?.certificate.kind ?? 'none' })),
      axioms,
    };
  const faulty = results.filter((r) => r.verdict === 'error');
  if (faulty.length) {
    const where = faulty.length === results.length ? 'everywhere the axioms looked' : `in ${faulty.map(key).join(', ')}`;
    const first = faulty.flatMap((r) => r.findings)[0]?.message ?? faulty[0].evidence.summary;
    return { ...base, reason: `faults ${where}: ${first}`, axioms };
  }
  const cut = results.find((r) => r.incomplete !== undefined);
  if (cut) return { ...base, status: 'timeout', reason: `${key(cut)} was cut short: ${cut.incomplete}`, axioms };
  if (!outcome.differsAt)
    return {
      ...base,
      status: 'equivalent',
      equivalence: { kind: 'determining-set', points: outcome.compared ?? 0, digits: DIGITS },
      axioms,
    };
  return { ...base, status: 'survived', differsAt: outcome.differsAt, axioms };
}

export function axiomOutcome(r: CheckResult): AxiomOutcome {
  return {
    axiom: key(r),
    verdict: r.verdict,
    screened: r.evidence.screened,
    exact: r.evidence.exact,
    ...(r.counterexample ? { certificate: r.counterexample.certificate.kind } : {}),
  };
}
