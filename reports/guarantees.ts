import { checkKey } from '../engine/check.js';
import type { OperatorAudit } from './model.js';

/** One of Ensemble-KD's guarantees and the operators refuting it, each with the axiom readings it satisfies. */
export interface GuaranteeRow {
  claim: string;
  refutations: Array<{ operator: OperatorAudit; held: string[] }>;
}

/**
 * The paper says its guarantees hold for every operator satisfying B1–B5. The guarantees are the
 * 'ensemble-kd/…' columns, the axiom readings the others; for each guarantee, the operators that
 * refute it and the readings each satisfies, so a reviewer sees at once whether a conforming
 * operator (under the readings they accept) breaks it. Shared by the Markdown and HTML reports.
 */
export function guaranteeView(operators: readonly OperatorAudit[], columns: readonly string[]): { conforming: OperatorAudit[]; rows: GuaranteeRow[] } | undefined {
  const claims = columns.filter((c) => c.startsWith('ensemble-kd/'));
  if (!claims.length) return undefined;
  const axioms = columns.filter((c) => !c.startsWith('ensemble-kd/'));
  const verdict = (op: OperatorAudit, key: string) => op.results.find((r) => checkKey(r) === key)?.verdict;
  const held = (op: OperatorAudit) => axioms.filter((a) => verdict(op, a) === 'holds');
  return {
    conforming: operators.filter((op) => held(op).length === axioms.length),
    rows: claims.map((claim) => ({ claim, refutations: operators.filter((op) => verdict(op, claim) === 'refuted').map((operator) => ({ operator, held: held(operator) })) })),
  };
}
