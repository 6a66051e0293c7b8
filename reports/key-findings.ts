import { checkKey } from '../engine/check.js';
import { compareSize } from '../engine/domains/domain.js';
import type { Audit, OperatorAudit, StatementResult } from '../engine/result/model.js';
import type { CheckResult, Counterexample, Verdict } from '../engine/verdicts.js';
import { firstSentence, certificateClause } from './finding-reason.js';
import { shortInstance } from './format.js';
import { guaranteeView, survival } from './guarantees.js';
import { anchor } from './markdown-text.js';

/** The kinds of key finding, in the order of importance the reports list them. */
export const FINDING_KINDS = ['refuted', 'conditional', 'vacuous', 'guarantee', 'operators'] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];

/** One line of the report's first screen: what failed, why in one sentence, the minimal counterexample, where to read on. */
export interface KeyFinding {
  kind: FindingKind;
  /** The verdict shown beside it (a failing guarantee or operator family is a refutation). */
  verdict: Verdict;
  /** 'Corollary VIII.4 (bound-20)', 'Guarantee ensemble-kd/jensen/squared', 'Operator family convex-mixing'. */
  subject: string;
  title: string;
  reason: string;
  /** The minimal certified counterexample, exact, on one line (long vectors elided; in full in its section). */
  counterexample?: string;
  /** The id of the section that gives it in full (the same in the Markdown and the HTML). */
  anchor: string;
}

/**
 * The report's key findings, most important first: the papers' refuted statements, then the
 * conditional and the vacuous ones, the guarantees refuted on an operator that conforms to B1–B5,
 * and last the operators' axiom refutations summarised per family (not one line per cell).
 * Pure: the same audit gives the same list.
 */
export function keyFindings(audit: Audit, aggregationColumns: readonly string[]): KeyFinding[] {
  const statements = audit.statements ?? [];
  const of = (verdict: Verdict) => statements.filter((s) => s.verdict === verdict).map(statementFinding);
  const aggregation = audit.aggregation ?? [];
  const guaranteeClaims = guaranteeView(aggregation, aggregationColumns)?.rows.map((r) => r.claim) ?? [];
  return [
    ...of('refuted'),
    ...of('conditional'),
    ...of('vacuous'),
    ...guaranteeFindings(aggregation, aggregationColumns, audit),
    ...familyFindings([...audit.operators, ...aggregation], new Set(guaranteeClaims)),
  ];
}

const cxText = (c: Counterexample | undefined) => (c ? shortInstance(c.instance) : undefined);

function statementFinding(s: StatementResult): KeyFinding {
  const base = {
    kind: s.verdict as FindingKind,
    verdict: s.verdict,
    subject: `${s.source.label}${s.variant ? ` (${s.variant})` : ''}`,
    title: s.title,
    anchor: anchor(s.id, s.variant ?? ''),
  };
  const step = s.obligations.find((o) => o.verdict === 'refuted' && o.counterexample);
  const cx = s.counterexample ?? step?.counterexample;
  return { ...base, reason: statementReason(s, step?.step), counterexample: cxText(cx) };
}

function statementReason(s: StatementResult, step: string | undefined): string {
  const c = s.counterexample?.certificate;
  const needed = s.assumptionsNeeded ?? [];
  if (s.verdict === 'conditional' && c)
    return `Fails as stated: ${certificateClause(c)}; nothing refutes it once ${needed.join(' and ')} ${needed.length > 1 ? 'are' : 'is'} assumed.`;
  if (s.verdict === 'refuted' && c) return `${certificateClause(c)}.`;
  const stepCx = s.obligations.find((o) => o.step === step)?.counterexample;
  if (s.verdict === 'refuted' && stepCx) return `Step “${step}” fails: ${certificateClause(stepCx.certificate)}.`;
  return firstSentence(s.evidence.summary);
}

/** Each guarantee reading refuted (certified) on an operator that conforms to B1–B5, with the minimal such counterexample. */
function guaranteeFindings(operators: OperatorAudit[], columns: readonly string[], audit: Audit): KeyFinding[] {
  const view = survival(operators, columns, audit.existence ?? []);
  return (view?.rows ?? [])
    .filter((row) => row.refutedOn.length)
    .map(({ claim, refutedOn }) => {
      const results = refutedOn.flatMap((op) => resultsOf(operators, op, (r) => checkKey(r) === claim));
      const minimal = smallest(results);
      return {
        kind: 'guarantee',
        verdict: 'refuted',
        subject: `Guarantee ${claim}`,
        title: minimal.r.title,
        reason: `Refuted on ${refutedOn.length} of ${view!.conforming.length} operators conforming to B1–B5 (${refutedOn.join(', ')}): ${certificateClause(minimal.r.counterexample!.certificate)}.`,
        counterexample: `${minimal.op}: ${cxText(minimal.r.counterexample)}`,
        anchor: anchor(minimal.op, claim),
      };
    });
}

type Located = { op: string; r: CheckResult };

const resultsOf = (operators: readonly OperatorAudit[], name: string, pick: (r: CheckResult) => boolean): Located[] =>
  operators
    .filter((o) => o.operator === name)
    .flatMap((o) => o.results.filter((r) => pick(r) && r.counterexample).map((r) => ({ op: o.operator, r })));

const smallest = (results: Located[]): Located =>
  [...results].sort((a, b) => compareSize(a.r.counterexample!.size, b.r.counterexample!.size))[0];

/** 'power-class/exp(x/T)' → 'power-class': the family is the name before the variant. */
const familyOf = (operator: string) => operator.split('/')[0];

/**
 * The operators' refuted and conditional axiom readings, one finding per family: which checks fail
 * on how many of its operators ('refuted on all 3 (A5) and on 2 of 3 (A0, A3)'), and the smallest
 * counterexample among them. The guarantees are left to their own findings.
 */
function familyFindings(operators: readonly OperatorAudit[], guarantees: ReadonlySet<string>): KeyFinding[] {
  const families = [...new Set(operators.map((o) => familyOf(o.operator)))];
  return families.flatMap((family) => {
    const members = operators.filter((o) => familyOf(o.operator) === family);
    const failing = (verdict: Verdict) => tally(members, (r) => r.verdict === verdict && !guarantees.has(checkKey(r)));
    const [refuted, conditional] = [failing('refuted'), failing('conditional')];
    if (!refuted.length && !conditional.length) return [];
    const located = members.flatMap((o) =>
      resultsOf(
        operators,
        o.operator,
        (r) => (r.verdict === 'refuted' || r.verdict === 'conditional') && !guarantees.has(checkKey(r)),
      ),
    );
    const minimal = smallest(located);
    const parts = [
      refuted.length ? `refuted${byCount(refuted, members.length)}` : '',
      conditional.length ? `conditional${byCount(conditional, members.length)}` : '',
    ].filter(Boolean);
    const n = members.length;
    return [
      {
        kind: 'operators' as const,
        verdict: refuted.length ? ('refuted' as const) : ('conditional' as const),
        subject: `Operator family ${family}`,
        title: n === 1 ? members[0].operator : `${n} operators`,
        reason: `${capitalise(parts.join('; '))}.`,
        counterexample: minimal ? `${minimal.op} × ${checkKey(minimal.r)}: ${cxText(minimal.r.counterexample)}` : undefined,
        anchor: minimal ? anchor(minimal.op, checkKey(minimal.r)) : anchor('operator', members[0].operator),
      },
    ];
  });
}

/** For each check key picked, on how many of the operators: [['A5', 3], ['A0', 2]], in check order. */
function tally(members: readonly OperatorAudit[], pick: (r: CheckResult) => boolean): Array<[string, number]> {
  const counts = new Map<string, number>();
  for (const o of members) for (const r of o.results) if (pick(r)) counts.set(checkKey(r), (counts.get(checkKey(r)) ?? 0) + 1);
  return [...counts];
}

/** ' on all 3 (A5) and on 2 of 3 (A0, A3)' (one operator: ': A5, A0'), the most widespread first, to follow 'refuted'. */
function byCount(tallied: Array<[string, number]>, of: number): string {
  if (of === 1) return `: ${tallied.map(([key]) => key).join(', ')}`;
  const counts = [...new Set(tallied.map(([, n]) => n))].sort((a, b) => b - a);
  const groups = counts.map(
    (n) =>
      `on ${n === of ? (of === 2 ? 'both' : `all ${of}`) : `${n} of ${of}`} (${tallied
        .filter(([, m]) => m === n)
        .map(([key]) => key)
        .join(', ')})`,
  );
  return ` ${groups.length > 1 ? `${groups.slice(0, -1).join(', ')} and ${groups[groups.length - 1]}` : groups[0]}`;
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
