import type { MutantResult, MutationAnalysis } from '../engine/result/mutation.js';

/**
 * Words shared by the terminal, Markdown and HTML renderings of a mutation analysis, so the three
 * say the same thing: the score, the counts, and why a survivor is evidence about the axioms.
 */
export function scoreText(a: MutationAnalysis): string {
  if (noKillingAxiom(a)) return 'no score (no axiom reading holds on the original, so none can tell a mutant from it)';
  return a.score === null ? 'no score (no mutant was killed or survived)' : `${(100 * a.score).toFixed(1)}%`;
}

/** The original fails every axiom reading it was run on: no mutant can be killed, so none is run. */
const noKillingAxiom = (a: MutationAnalysis) => a.baseline.length > 0 && a.axioms.length === 0;

export function countsLine(a: MutationAnalysis): string {
  const c = a.counts;
  const notRun = !noKillingAxiom(a) ? `beyond the cap of ${a.maxMutants} not run` : 'not run: no axiom reading can kill them';
  return (
    `killed ${c.killed}, survived ${c.survived}, equivalent ${c.equivalent}, error ${c.error}, timeout ${c.timeout}, no coverage ${c.noCoverage}` +
    ` (${c.generated} generated, ${c.invalid} unparsable dropped, ${c.notSampled} ${notRun})`
  );
}

export function axiomsLine(a: MutationAnalysis): string {
  const unused = a.baseline.filter((b) => !a.axioms.includes(b.axiom));
  return (
    `Axiom readings that can kill (the original satisfies them): ${a.axioms.join(', ') || 'none'}` +
    (unused.length ? `; not used: ${unused.map((b) => `${b.axiom} (${b.verdict} on the original)`).join(', ')}` : '')
  );
}

/** Why nothing refuted a survivor, and that it is not the original in disguise. */
export function survivorEvidence(m: MutantResult): string {
  const screened = (m.axioms ?? [])
    .map((x) => `${x.axiom} ${x.screened} cases${x.exact ? ` (${x.exact} exact)` : ''}`)
    .join(', ');
  const d = m.differsAt;
  const differs = !d
    ? ''
    : d.certified
      ? `It differs from the original at ${pointText(d.point)}: ${d.mutant} instead of ${d.original} (certified). `
      : `It is not shown equal to the original at ${pointText(d.point)}: ${d.mutant} against ${d.original} (enclosures too wide to decide). `;
  return `${differs}Nothing refuted it: ${screened || 'no axiom reading could run'}.`;
}

export function pointText(point: Record<string, string | string[] | string[][]>): string {
  return Object.entries(point)
    .map(([k, v]) => `${k} = ${JSON.stringify(v).replace(/"/g, '')}`)
    .join(', ');
}

export const STATUS_NOTE =
  "Score = killed / (killed + survived) (Stryker's definition): equivalent mutants (interval enclosures overlapping the original's at every point of the determining set), " +
  'errors (does not load, or faults where the axioms evaluate it), timeouts and mutants of code the operator does not run are left out.';
