import { checkKey } from '../engine/check.js';
import type { CheckResult } from '../engine/verdicts.js';
import { formatCounterexample } from './format.js';
import type { Audit, OperatorAudit } from '../engine/result/model.js';
import { countsText, type Summary } from './summarize.js';

/**
 * One line per result as it arrives (progress), and a closing summary. Colour is the CLI's
 * business. Every refutation prints its replay command, every error why, every incomplete check
 * what cut it short.
 */
export function renderResultLine(operator: string, r: CheckResult): string {
  const head = `${operator.padEnd(32)} ${checkKey(r).padEnd(4)} ${r.verdict.padEnd(8)}${r.incomplete ? ' (incomplete)' : ''}`;
  const incomplete = `${r.incomplete ? `\n    incomplete: ${r.incomplete}` : ''}${sourceLine(r)}`;
  if (r.counterexample) {
    const under = r.assumptionsNeeded ? `\n    holds where ${r.assumptionsNeeded.join(' and ')}` : '';
    return `${head} ${formatCounterexample(r.counterexample)}${under}\n    replay: ${r.counterexample.replay}${incomplete}`;
  }
  if (r.verdict === 'error') return `${head} ${errorReason(r)}${incomplete}`;
  return `${head} ${r.evidence.screened} cases screened${incomplete}`;
}

/** Boundaries named on a result line; the JSON lists them all. */
const SOURCE_LINE_BOUNDARIES = 4;

/** What the operator's source contributed to the search: the boundaries tried, or why it was not read (nothing when it had no say). */
function sourceLine(r: CheckResult): string {
  const guidance = r.evidence.guidance;
  if (!guidance) return '';
  const unread = guidance.sources.filter((s) => s.unreadable).map((s) => `\n    source not read: ${s.module}, ${s.unreadable}`);
  const { tried } = guidance;
  const named = tried
    .slice(0, SOURCE_LINE_BOUNDARIES)
    .map((b) => `${b.value} (${b.role === 'unknown' ? 'any role' : b.role}, ${b.module}:${b.line})`);
  const more = tried.length > SOURCE_LINE_BOUNDARIES ? `, ${tried.length - SOURCE_LINE_BOUNDARIES} more` : '';
  return `${unread.join('')}${tried.length ? `\n    source-guided (${guidance.share}) at ${named.join(', ')}${more}` : ''}`;
}

/** Why a check errored: the first finding about the operator's code, else the evidence's account. */
function errorReason(r: CheckResult): string {
  const finding = r.findings[0];
  const more = r.findings.length > 1 ? ` (and ${r.findings.length - 1} more findings)` : '';
  return finding ? `${finding.message}${more}` : r.evidence.summary;
}

/** The closing lines of `kdaudit check`: what was refuted, what errored, what was cut short. */
export function renderCheckSummary(op: OperatorAudit): string {
  const list = (pick: (r: CheckResult) => boolean) => op.results.filter(pick).map(checkKey);
  const refuted = list((r) => r.verdict === 'refuted' || r.verdict === 'conditional');
  const errored = list((r) => r.verdict === 'error');
  const incomplete = list((r) => r.incomplete !== undefined);
  const parts = [
    refuted.length ? `refuted ${refuted.join(', ')}` : 'nothing refuted',
    ...(errored.length ? [`could not check ${errored.join(', ')} (error: see the findings)`] : []),
    ...(incomplete.length ? [`cut short by the time budget: ${incomplete.join(', ')}`] : []),
  ];
  return `${op.operator}: ${parts.join('; ')}\n`;
}

export function renderTerminalSummary(audit: Audit, summary: Summary): string {
  const counts = countsText(summary.verdicts, (v, n) => `${n} ${v}`);
  const refuted = summary.refutedOperators.length
    ? `Operators with a refuted axiom: ${summary.refutedOperators.join(', ')}.`
    : 'No axiom refuted.';
  const aggregation = audit.aggregation?.length
    ? ` and ${audit.aggregation.length} aggregation operators × ${summary.aggregationAxioms.length} axiom readings`
    : '';
  const statements = audit.statements?.length
    ? `${audit.statements.length} statements of the papers: ${countsText(summary.statements, (v, n) => `${n} ${v}`)}.\n`
    : '';
  const operators =
    audit.operators.length || audit.aggregation?.length
      ? `${audit.operators.length} softening operators × ${summary.axioms.length} axioms${aggregation}: ${counts}. ${refuted}\n`
      : '';
  return `${operators}${statements}`;
}
