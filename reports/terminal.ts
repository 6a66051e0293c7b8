import { checkKey } from '../engine/check.js';
import type { CheckResult } from '../engine/verdicts.js';
import { formatCounterexample } from './format.js';
import type { Audit } from './model.js';
import { countsText, type Summary } from './summarize.js';

/** One line per result as it arrives (progress), and a closing summary. Colour is the CLI's business. */
export function renderResultLine(operator: string, r: CheckResult): string {
  const head = `${operator.padEnd(32)} ${checkKey(r).padEnd(4)} ${r.verdict.padEnd(8)}`;
  return r.counterexample ? `${head} ${formatCounterexample(r.counterexample)}` : `${head} ${r.evidence.screened} cases screened`;
}

export function renderTerminalSummary(audit: Audit, summary: Summary): string {
  const counts = countsText(summary.verdicts, (v, n) => `${n} ${v}`);
  const refuted = summary.refutedOperators.length ? `Operators with a refuted axiom: ${summary.refutedOperators.join(', ')}.` : 'No axiom refuted.';
  const aggregation = audit.aggregation?.length ? ` and ${audit.aggregation.length} aggregation operators × ${summary.aggregationAxioms.length} axiom readings` : '';
  const statements = audit.statements?.length ? `${audit.statements.length} statements of the papers: ${countsText(summary.statements, (v, n) => `${n} ${v}`)}.\n` : '';
  const operators = audit.operators.length || audit.aggregation?.length ? `${audit.operators.length} softening operators × ${summary.axioms.length} axioms${aggregation}: ${counts}. ${refuted}\n` : '';
  return `${operators}${statements}`;
}
