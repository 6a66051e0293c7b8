import { checkKey } from '../engine/check.js';
import { evidenceWords } from './evidence-words.js';
import type { CheckResult, Counterexample, Verdict } from '../engine/verdicts.js';
import { formatCertificate, formatInstance } from './format.js';
import type { Audit, OperatorAudit, StatementResult } from '../engine/result/model.js';

/** One JUnit testcase: what CI shows as a passed, failed, errored or skipped test. */
interface TestCase {
  classname: string;
  name: string;
  verdict: Verdict;
  /** One line for the CI's summary; the body carries the rest. */
  message: string;
  body: string;
}

/**
 * JUnit XML, one testcase per claim × operator (and per statement): `refuted` — and `conditional`,
 * which is refuted as stated — are failures carrying the certified counterexample; `error` is an
 * error; `vacuous` and `unfalsifiable` are skipped, since no instance was tested against them.
 */
export function renderJunit(audit: Audit): string {
  const suites: Array<[string, TestCase[]]> = [['softening operators × A0–A5', audit.operators.flatMap(operatorCases)]];
  if (audit.aggregation?.length)
    suites.push(['aggregation operators × B1–B5 and guarantees', audit.aggregation.flatMap(operatorCases)]);
  if (audit.statements?.length) suites.push(["the papers' statements", audit.statements.map(statementCase)]);
  return document(suites);
}

/** `kdaudit check --junit`: one suite, one testcase per axiom reading. */
export function renderCheckJunit(op: OperatorAudit): string {
  return document([[op.operator, operatorCases(op)]]);
}

function operatorCases(op: OperatorAudit): TestCase[] {
  return op.results.map((r: CheckResult) => ({
    classname: op.operator,
    name: `${checkKey(r)} ${r.title}`,
    verdict: r.verdict,
    message: r.counterexample ? counterexampleLine(r.counterexample) : r.evidence.summary,
    body: [
      `evidence (${evidenceWords(r.evidence)}): ${r.evidence.summary}`,
      ...(r.counterexample ? counterexampleBody(r.counterexample) : []),
      ...r.findings.map((f) => `operator finding at ${formatInstance(f.instance)}: ${f.message}`),
    ].join('\n'),
  }));
}

function statementCase(s: StatementResult): TestCase {
  const needed = s.assumptionsNeeded ? ` Holds under: ${s.assumptionsNeeded.join(', ')}.` : '';
  return {
    classname: s.id,
    name: `${s.source.label}${s.variant ? ` [${s.variant}]` : ''} — ${s.title}`,
    verdict: s.verdict,
    message: s.counterexample
      ? `${s.verdict}: ${counterexampleLine(s.counterexample)}.${needed}`
      : `${s.verdict}: ${s.evidence.summary}`,
    body: [
      `evidence (${evidenceWords(s.evidence)}): ${s.evidence.summary}`,
      ...(s.counterexample ? counterexampleBody(s.counterexample) : []),
      ...s.obligations.map(
        (o) => `step ${o.step}: ${o.verdict}${o.counterexample ? ` at ${counterexampleLine(o.counterexample)}` : ''}`,
      ),
    ].join('\n'),
  };
}

const counterexampleLine = (c: Counterexample) =>
  `${formatInstance(c.instance)}; ${formatCertificate(c.certificate)}; replay: ${c.replay}`;
const counterexampleBody = (c: Counterexample) => [
  `counterexample: ${formatInstance(c.instance)}`,
  `certificate: ${formatCertificate(c.certificate)}. ${c.certificate.explanation}`,
  `replay: ${c.replay}`,
];

const FAILING: readonly Verdict[] = ['refuted', 'conditional'];
const SKIPPED: readonly Verdict[] = ['vacuous', 'unfalsifiable'];

function document(suites: Array<[string, TestCase[]]>): string {
  const count = (cases: TestCase[], verdicts: readonly Verdict[]) => cases.filter((c) => verdicts.includes(c.verdict)).length;
  const totals = (cases: TestCase[]) =>
    `tests="${cases.length}" failures="${count(cases, FAILING)}" errors="${count(cases, ['error'])}" skipped="${count(cases, SKIPPED)}"`;
  const all = suites.flatMap(([, cases]) => cases);
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>', `<testsuites name="kdaudit" ${totals(all)}>`];
  for (const [name, cases] of suites) {
    lines.push(`  <testsuite name="${xml(name)}" ${totals(cases)}>`);
    for (const c of cases) lines.push(...testcase(c));
    lines.push('  </testsuite>');
  }
  lines.push('</testsuites>');
  return `${lines.join('\n')}\n`;
}

function testcase(c: TestCase): string[] {
  const open = `    <testcase classname="${xml(c.classname)}" name="${xml(c.name)}">`;
  const outcome = FAILING.includes(c.verdict)
    ? `      <failure type="${c.verdict}" message="${xml(c.message)}">${xml(c.body)}</failure>`
    : c.verdict === 'error'
      ? `      <error type="error" message="${xml(c.message)}">${xml(c.body)}</error>`
      : SKIPPED.includes(c.verdict)
        ? `      <skipped message="${xml(c.message)}"/>`
        : `      <system-out>${xml(`${c.verdict}: ${c.body}`)}</system-out>`;
  return [open, outcome, '    </testcase>'];
}

/** Text safe inside XML attributes and elements; characters XML 1.0 forbids are dropped. */
const xml = (s: string) =>
  s
    // eslint-disable-next-line no-control-regex -- the control characters are exactly what must go
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
