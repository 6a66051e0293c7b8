import { checkKey } from '../engine/check.js';
import type { ExistenceClaim, OperatorAudit } from '../engine/result/model.js';

/** One of Ensemble-KD's guarantees and the operators refuting it, each with the axiom readings it satisfies. */
export interface GuaranteeRow {
  claim: string;
  refutations: Array<{ operator: OperatorAudit; held: string[] }>;
}

/**
 * The guarantee columns: results whose claim id is a paper's own ('<paper>/<label>'); axioms have
 * bare ids ('B1'). `definePaper` (engine/paper/paper.ts) holds every registered claim to that form.
 */
export function guaranteeColumns(operators: readonly OperatorAudit[], columns: readonly string[]): string[] {
  const idOf = new Map(operators.flatMap((op) => op.results.map((r) => [checkKey(r), r.id] as const)));
  return columns.filter((c) => idOf.get(c)?.includes('/'));
}

/**
 * The paper says its guarantees hold for every operator satisfying its axioms. The guarantees are
 * the guarantee columns, the axiom readings the others; for each guarantee, the operators that
 * refute it and the readings each satisfies, so a reviewer sees at once whether a conforming
 * operator (under the readings they accept) breaks it. Shared by the Markdown and HTML reports.
 */
export function guaranteeView(
  operators: readonly OperatorAudit[],
  columns: readonly string[],
): { conforming: OperatorAudit[]; rows: GuaranteeRow[] } | undefined {
  const claims = guaranteeColumns(operators, columns);
  if (!claims.length) return undefined;
  const axioms = columns.filter((c) => !claims.includes(c));
  const verdict = (op: OperatorAudit, key: string) => op.results.find((r) => checkKey(r) === key)?.verdict;
  const held = (op: OperatorAudit) => axioms.filter((a) => verdict(op, a) === 'holds');
  return {
    conforming: operators.filter((op) => held(op).length === axioms.length),
    rows: claims.map((claim) => ({
      claim,
      refutations: operators
        .filter((op) => verdict(op, claim) === 'refuted')
        .map((operator) => ({ operator, held: held(operator) })),
    })),
  };
}

/** One guarantee against the operators that conform to B1–B5 under some combination of readings. */
export interface SurvivalRow {
  claim: string;
  /** Conforming operators on which it is refuted (certified). */
  refutedOn: string[];
  /** Conforming operators on which it could not be checked everywhere. */
  errorOn: string[];
}

/**
 * Does each guarantee survive on every conforming operator, as the paper says? An operator conforms
 * when it is a witness of some combination of readings (one per axiom) in the existence claims; the
 * answer is per guarantee reading, over all of them. Undefined when no operator conforms.
 */
export function survival(
  operators: readonly OperatorAudit[],
  columns: readonly string[],
  existence: readonly ExistenceClaim[],
): { conforming: string[]; rows: SurvivalRow[] } | undefined {
  const conforming = [...new Set(existence.flatMap((e) => e.witnesses))];
  const claims = guaranteeColumns(operators, columns);
  if (!conforming.length || !claims.length) return undefined;
  const on = (claim: string, verdict: string) =>
    operators
      .filter((op) => conforming.includes(op.operator) && op.results.some((r) => checkKey(r) === claim && r.verdict === verdict))
      .map((op) => op.operator);
  return { conforming, rows: claims.map((claim) => ({ claim, refutedOn: on(claim, 'refuted'), errorOn: on(claim, 'error') })) };
}
