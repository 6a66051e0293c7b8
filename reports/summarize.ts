import { VERDICTS, type Verdict } from '../engine/verdicts.js';
import { checkKey } from '../engine/check.js';
import { allOperators, type Audit, type OperatorAudit } from '../engine/result/model.js';
import { keyFindings, type KeyFinding } from './key-findings.js';

export interface Summary {
  /** Count of operator × axiom (or guarantee) results per verdict. */
  verdicts: Record<Verdict, number>;
  /** Count of the papers' statements (one per reading) per verdict. */
  statements: Record<Verdict, number>;
  /** Operators with at least one refuted axiom. */
  refutedOperators: string[];
  fidelityFindings: number;
  operatorFindings: number;
  /** The softening axiom ids in column order. */
  axioms: string[];
  /** The aggregation axiom readings (B1/simplex, …) in column order. */
  aggregationAxioms: string[];
  /** What the report's first screen lists, most important first (see keyFindings). */
  keyFindings: KeyFinding[];
}

/** Computed once per audit; renderers read it beside the audit and never recount. */
export function summarize(audit: Audit): Summary {
  const verdicts = zeroCounts();
  const statements = zeroCounts();
  let fidelityFindings = 0;
  for (const s of audit.statements ?? []) {
    statements[s.verdict]++;
    fidelityFindings += s.fidelity.length;
  }
  let operatorFindings = 0;
  for (const op of allOperators(audit)) {
    for (const r of op.results) {
      verdicts[r.verdict]++;
      fidelityFindings += r.fidelity.length;
      operatorFindings += r.findings.length;
    }
  }
  const refutedOperators = allOperators(audit)
    .filter((op) => op.results.some((r) => r.verdict === 'refuted'))
    .map((op) => op.operator);
  const aggregationAxioms = columns(audit.aggregation ?? []);
  return {
    verdicts,
    statements,
    refutedOperators,
    fidelityFindings,
    operatorFindings,
    axioms: columns(audit.operators),
    aggregationAxioms,
    keyFindings: keyFindings(audit, aggregationAxioms),
  };
}

/** The check keys met in the results, in order of first appearance. */
function columns(operators: OperatorAudit[]): string[] {
  return [...new Set(operators.flatMap((op) => op.results.map(checkKey)))];
}

const zeroCounts = () => Object.fromEntries(VERDICTS.map((v) => [v, 0])) as Record<Verdict, number>;

/** 'holds: 3, refuted: 1' — the verdicts met, in the closed set's order. */
export const countsText = (counts: Record<Verdict, number>, join: (verdict: string, n: number) => string) =>
  Object.entries(counts)
    .filter(([, n]) => n > 0)
    .map(([v, n]) => join(v, n))
    .join(', ');
