import { statementAnchor } from '../markdown-statements.js';
import type { Verdict } from '../../engine/verdicts.js';
import { allOperators, type Audit, type OperatorAudit } from '../../engine/result/model.js';
import { countsText, type Summary } from '../summarize.js';
import { paperGroups, paperHeading } from '../paper-groups.js';
import { esc } from './escape.js';
import { existenceTable } from './existence.js';
import { guaranteeTable, survivalTable } from './guarantees.js';
import { keyFindingsHtml } from './key-findings.js';
import { matrix } from './matrix.js';
import { mutationSectionHtml } from './mutation-section.js';
import { operatorSection } from './operator-section.js';
import { page } from './page.js';
import { statementGraphs } from './statement-graph.js';
import { statementSection } from './statement-section.js';
import { statementTable } from './statement-table.js';
import { badge, legend } from './verdict.js';

/**
 * The HTML report: one self-contained file a reviewer opens from disk. A pure function of the result
 * model, like the other renderers (async only because the statement graph's layout, elkjs, is): the
 * key findings first, then the counts, the statement graph and the matrices, then a section per
 * statement and per operator with the counterexamples and entropy curves drawn as inline SVG.
 */
export async function renderHtml(audit: Audit, summary: Summary): Promise<string> {
  const statements = audit.statements ?? [];
  const aggregation = audit.aggregation ?? [];
  const operators = allOperators(audit);
  const axiomHref = (id: string) =>
    /^A\d$/.test(id) && audit.operators.length
      ? '#softening-matrix'
      : /^B\d/.test(id) && aggregation.length
        ? '#aggregation-matrix'
        : undefined;
  const href = (id: string) => {
    const s = statements.find((x) => x.id === id);
    return s ? `#${statementAnchor(s)}` : axiomHref(id);
  };
  const counts = (c: Summary['verdicts']) => countsText(c, (v, n) => `${badge(v as Verdict)} ${n}`) || 'none';
  const c = audit.config;
  const body = [
    '<h1>kdaudit report</h1>',
    `<p class="small">kdaudit ${esc(audit.tool.version)}, seed ${esc(c.seed)}, interval precision ${esc(c.precision)} digits, budget ${esc(c.budgetMs / 1000)} s per operator. Command: <code>${esc(c.command)}</code></p>`,
    keyFindingsHtml(summary.keyFindings),
    '<h2 id="counts">Counts</h2>',
    `<p>${operators.length ? `Operator × axiom results: ${counts(summary.verdicts)}. ` : ''}${statements.length ? `Statements of the papers: ${counts(summary.statements)}. ` : ''}Fidelity findings (float64 only, not refutations): ${summary.fidelityFindings}. Operator findings: ${summary.operatorFindings}.</p>`,
    `<nav><a href="#key-findings">Key findings</a>${statements.length ? '<a href="#statements">Statements</a>' : ''}${operators.length ? '<a href="#matrices">Operators × axioms</a>' : ''}${statements.length ? '<a href="#statement-sections">Statement details</a>' : ''}${operators.length ? '<a href="#operator-sections">Operator details</a>' : ''}</nav>`,
    legend(),
  ];
  if (statements.length) {
    body.push(
      '<h2 id="statements">The papers\' statements</h2>',
      '<p class="small">Each node is a numbered statement (one per reading), coloured by verdict; an arrow runs from what a statement uses to the statement. Click a node for its section.</p>',
      await statementGraphs(statements, axiomHref),
      ...paperGroups(audit).map((g) => `<h3>${esc(paperHeading(g.paper))}</h3>${statementTable(g.statements)}`),
    );
  }
  if (operators.length)
    body.push(
      '<h2 id="matrices">Operators × axioms</h2>',
      '<p class="small">Each cell is the verdict\'s initial (P proved, H holds, C conditional, R refuted, V vacuous, U unfalsifiable, E error), linking to the result.</p>',
    );
  if (audit.operators.length)
    body.push(matrix('softening-matrix', 'Softening operators × Axioms A0–A5', audit.operators, summary.axioms));
  if (aggregation.length)
    body.push(
      matrix(
        'aggregation-matrix',
        'Aggregation operators × readings of Axioms B1–B5 and the guarantees',
        aggregation,
        summary.aggregationAxioms,
      ),
      survivalTable(aggregation, summary.aggregationAxioms, audit.existence ?? []),
      guaranteeTable(aggregation, summary.aggregationAxioms),
      existenceTable(audit.existence ?? []),
    );
  if (statements.length)
    body.push('<h2 id="statement-sections">Statements</h2>', ...statements.map((s) => statementSection(s, href)));
  if (operators.length)
    body.push('<h2 id="operator-sections">Operators</h2>', ...operators.map((op) => operatorSection(op) + mutationHtml(op)));
  return page('kdaudit report', body.filter(Boolean).join('\n'));
}

/** The operator's mutation analysis, or why the audit has none for it (its run failed). */
function mutationHtml(op: OperatorAudit): string {
  if (op.mutation) return mutationSectionHtml(op.mutation);
  return op.mutationFailure ? `<p>Mutation analysis of ${esc(op.operator)}: none, ${esc(op.mutationFailure)}.</p>` : '';
}
