import { checkKey } from '../engine/check.js';
import type { CheckResult } from '../engine/verdicts.js';
import { evidenceWords } from './evidence-words.js';
import { formatInstance } from './format.js';
import { anchor, counterexampleLines, escapeCell, text } from './markdown-text.js';
import { allOperators, type Audit, type ExistenceClaim, type OperatorAudit } from '../engine/result/model.js';
import { guaranteeSections, guarantees, survivalTable } from './markdown-guarantees.js';
import { keyFindingsSection } from './markdown-findings.js';
import { statementSection, statementTable } from './markdown-statements.js';
import { paperGroups, paperHeading } from './paper-groups.js';
import { countsText, type Summary } from './summarize.js';
import { mutationSection } from './mutation-markdown.js';

/** The Markdown report: summary, the papers' statements, operator × axiom matrices, then one section per statement, operator and axiom. */
export function renderMarkdown(audit: Audit, summary: Summary): string {
  const lines: string[] = [];
  lines.push('# kdaudit report', '');
  lines.push(
    `Seed ${audit.config.seed}, interval precision ${audit.config.precision} digits, budget ${audit.config.budgetMs / 1000} s per operator. Command: \`${audit.config.command}\`.`,
    '',
  );
  lines.push(...keyFindingsSection(summary.keyFindings), '## Counts', '');
  const operatorCounts = allOperators(audit).length
    ? `**Verdicts (operator × axiom):** ${countsText(summary.verdicts, (v, n) => `${v}: ${n}`)}. `
    : '';
  const statementCounts = audit.statements?.length
    ? `**Statements of the papers:** ${countsText(summary.statements, (v, n) => `${v}: ${n}`)}. `
    : '';
  lines.push(
    `${operatorCounts}${statementCounts}Fidelity findings (float64 only, not refutations): ${summary.fidelityFindings}. Operator findings: ${summary.operatorFindings}.`,
    '',
  );
  const statements = audit.statements ?? [];
  for (const group of paperGroups(audit)) lines.push(...statementTable(paperHeading(group.paper), group.statements));
  if (audit.operators.length)
    lines.push('## Softening operators × Axioms A0–A5', '', ...matrix(audit.operators, summary.axioms), '');
  if (audit.aggregation?.length) {
    lines.push(
      '## Aggregation operators × readings of Axioms B1–B5',
      '',
      "Where a paper's text admits several readings of an axiom, each is checked (the column names the reading).",
      '',
      ...matrix(audit.aggregation, summary.aggregationAxioms),
      '',
      ...survivalTable(audit.aggregation, summary.aggregationAxioms, audit.existence ?? []),
      ...guarantees(audit.aggregation, summary.aggregationAxioms),
      ...existence(audit.existence ?? []),
      ...guaranteeSections(audit.aggregation, summary.aggregationAxioms, audit.existence ?? []),
    );
  }
  if (allOperators(audit).length)
    lines.push(
      'Verdicts: **refuted** = a certified counterexample exists; **holds** = none found, see the evidence for what was searched; **error** = the check could not run everywhere. Limits (A5) rest on certified sequences and continuity (A2) on jump search with shrinking steps, never on one evaluation.',
      '',
    );
  for (const s of statements) lines.push(...statementSection(s));
  for (const op of allOperators(audit)) {
    const failure = op.mutationFailure ? ['', `Mutation analysis of ${op.operator}: none, ${op.mutationFailure}.`] : [];
    lines.push(...operatorSection(op), ...(op.mutation ? mutationSection(op.mutation) : failure));
  }
  return lines.join('\n') + '\n';
}

function matrix(operators: OperatorAudit[], columns: string[]): string[] {
  const head = `| operator | ${columns.join(' | ')} |`;
  const rule = `|---|${columns.map(() => '---').join('|')}|`;
  const rows = operators.map((op) => {
    const cells = columns.map((id) => {
      const r = op.results.find((x) => checkKey(x) === id);
      return r ? `[${r.verdict}${r.incomplete ? ' (incomplete)' : ''}](#${anchor(op.operator, id)})` : '';
    });
    return `| ${escapeCell(op.operator)} | ${cells.join(' | ')} |`;
  });
  return [head, rule, ...rows];
}

/** Existence and non-uniqueness, one row per combination of readings. */
function existence(claims: ExistenceClaim[]): string[] {
  if (!claims.length) return [];
  const lines = [
    '### Existence and non-uniqueness of operators satisfying B1–B5',
    '',
    'One row per combination of readings. A witness is a built-in operator whose checks of those readings all hold (search evidence, see its sections); non-uniqueness needs two witnesses that differ at a certified point. No witness among the built-ins does not refute existence.',
    '',
    '| readings | witnesses | distinct witnesses |',
    '|---|---|---|',
  ];
  for (const c of claims) {
    const d = c.distinct;
    const distinct = d
      ? `${escapeCell(d.a)} ≠ ${escapeCell(d.b)} at ${escapeCell(formatInstance(d.at))}, coordinate ${d.coordinate}: [${d.a_i.join(', ')}] vs [${d.b_i.join(', ')}]`
      : c.witnesses.length > 1
        ? 'not separated on the probe points'
        : '';
    lines.push(`| ${c.readings.join(', ')} | ${c.witnesses.map(escapeCell).join(', ') || 'none'} | ${distinct} |`);
  }
  return [...lines, ''];
}

function operatorSection(op: OperatorAudit): string[] {
  const lines = [`## ${text(op.operator)}`, '', `${text(op.description)} (exactness: ${op.exactness})`, ''];
  for (const r of op.results) lines.push(...resultSection(op.operator, r));
  return lines;
}

function resultSection(operator: string, r: CheckResult): string[] {
  const lines = [
    `<a id="${anchor(operator, checkKey(r))}"></a>`,
    `### ${checkKey(r)} — ${r.title}: **${r.verdict}**${r.incomplete ? ' (incomplete)' : ''}`,
    '',
  ];
  if (r.incomplete) lines.push(`- **Incomplete:** ${text(r.incomplete)}`);
  lines.push(`- Evidence (${evidenceWords(r.evidence)}; seed ${r.evidence.seed}): ${r.evidence.summary}`);
  if (r.assumptionsNeeded)
    lines.push(
      `- Holds, on the evidence above, where ${text(r.assumptionsNeeded.join(' and '))}; the counterexample below is an input where the operator is undefined.`,
    );
  if (r.counterexample) lines.push(...counterexampleLines(r.counterexample, 'V, denominator digits, T complexity'));
  for (const f of r.findings) lines.push(`- Operator finding at ${formatInstance(f.instance)}: ${text(f.message)}`);
  for (const f of r.fidelity)
    lines.push(`- Fidelity finding (float64, not a refutation) at ${formatInstance(f.instance)}: ${text(f.message)}`);
  for (const n of r.notes) lines.push(`- Note: ${text(n)}`);
  lines.push('');
  return lines;
}
