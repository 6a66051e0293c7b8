import { checkKey } from '../engine/check.js';
import { compareSize } from '../engine/domains/domain.js';
import { evidenceWords } from './evidence-words.js';
import { guaranteeColumns, guaranteeView, survival } from './guarantees.js';
import { anchor, counterexampleLines, escapeCell, text } from './markdown-text.js';
import type { ExistenceClaim, OperatorAudit } from '../engine/result/model.js';

/** The plain answer first: does each guarantee survive on every operator that conforms to B1–B5 (see survival)? */
export function survivalTable(operators: OperatorAudit[], columns: string[], existence: ExistenceClaim[]): string[] {
  const view = survival(operators, columns, existence);
  if (!view) return [];
  const lines = [
    '### Do the guarantees hold for every conforming operator?',
    '',
    `The paper says its guarantees hold for every operator satisfying B1–B5. Conforming here: satisfying one reading of each axiom (the combinations and their witnesses are in the existence table below): ${view.conforming.map(escapeCell).join(', ')}.`,
    '',
    '| guarantee (reading) | survives on every conforming operator | refuted (certified) on |',
    '|---|---|---|',
  ];
  for (const { claim, refutedOn, errorOn } of view.rows) {
    const answer = refutedOn.length
      ? '**no**'
      : errorOn.length
        ? `not decided (error on ${errorOn.map(escapeCell).join(', ')})`
        : 'yes (search evidence)';
    lines.push(
      `| [${claim}](#${anchor('guarantee', claim)}) | ${answer} | ${refutedOn.map((op) => `[${escapeCell(op)}](#${anchor(op, claim)})`).join(', ')} |`,
    );
  }
  return [...lines, ''];
}

/** Ensemble-KD's guarantees against the axiom readings (see guaranteeView). */
export function guarantees(operators: OperatorAudit[], columns: string[]): string[] {
  const view = guaranteeView(operators, columns);
  if (!view) return [];
  const lines = ['### Operator-agnostic guarantees against the axiom readings', ''];
  lines.push(
    view.conforming.length
      ? `Operators satisfying every reading of B1–B5: ${view.conforming.map((op) => escapeCell(op.operator)).join(', ')}.`
      : 'No built-in operator satisfies every reading of B1–B5, so each refutation below names the readings its operator does satisfy.',
    '',
    '| guarantee | refuted on | readings of B1–B5 that operator satisfies |',
    '|---|---|---|',
  );
  for (const { claim, refutations } of view.rows) {
    if (!refutations.length) lines.push(`| ${claim} | none | |`);
    for (const { operator, held } of refutations)
      lines.push(
        `| ${claim} | [${escapeCell(operator.operator)}](#${anchor(operator.operator, claim)}) | ${held.join(', ') || 'none'} |`,
      );
  }
  return [...lines, ''];
}

/**
 * One section per guarantee reading, in the form of the statements' sections: the plain answer,
 * every operator's verdict (conforming ones marked), and the minimal certified counterexample on a
 * conforming operator — the one that refutes the paper's "for every conforming operator".
 */
export function guaranteeSections(operators: OperatorAudit[], columns: string[], existence: ExistenceClaim[]): string[] {
  const view = survival(operators, columns, existence);
  const conforming = view?.conforming ?? [];
  const claims = guaranteeColumns(operators, columns);
  return claims.flatMap((claim) => {
    const results = operators.flatMap((op) =>
      op.results.filter((r) => checkKey(r) === claim).map((r) => ({ op: op.operator, r })),
    );
    if (!results.length) return [];
    const onConforming = results.filter(({ op, r }) => conforming.includes(op) && r.counterexample);
    const minimal = onConforming.sort((a, b) => compareSize(a.r.counterexample!.size, b.r.counterexample!.size))[0];
    const refuted = results.filter(({ r }) => r.verdict === 'refuted').length;
    const lines = [
      `<a id="${anchor('guarantee', claim)}"></a>`,
      `### Guarantee ${claim} — ${text(results[0].r.title)}`,
      '',
      `- For every conforming operator (${conforming.map(text).join(', ') || 'none conforms'}): **${minimal ? 'refuted' : conforming.length ? 'no refutation found' : 'nothing to check'}**; refuted on ${refuted} of ${results.length} operators in all.`,
      ...(minimal
        ? counterexampleLines(
            minimal.r.counterexample!,
            'size, compared in order',
            `Minimal counterexample on a conforming operator (${text(minimal.op)})`,
          )
        : []),
      '',
      '| operator | conforms to B1–B5 | verdict | evidence |',
      '|---|---|---|---|',
      ...results.map(
        ({ op, r }) =>
          `| [${escapeCell(op)}](#${anchor(op, claim)}) | ${conforming.includes(op) ? 'yes' : ''} | **${r.verdict}** | ${evidenceWords(r.evidence)} |`,
      ),
      '',
    ];
    return lines;
  });
}
