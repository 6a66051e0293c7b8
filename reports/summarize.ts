import { VERDICTS, type Verdict } from '../engine/verdicts.js';
import type { Audit } from './model.js';

export interface Summary {
  /** Count of results per verdict. */
  verdicts: Record<Verdict, number>;
  /** Operators with at least one refuted axiom. */
  refutedOperators: string[];
  fidelityFindings: number;
  operatorFindings: number;
  /** The axiom ids in column order. */
  axioms: string[];
}

/** Computed once per audit; renderers read it beside the audit and never recount. */
export function summarize(audit: Audit): Summary {
  const verdicts = Object.fromEntries(VERDICTS.map((v) => [v, 0])) as Record<Verdict, number>;
  const axioms: string[] = [];
  let fidelityFindings = 0;
  let operatorFindings = 0;
  for (const op of audit.operators) {
    for (const r of op.results) {
      verdicts[r.verdict]++;
      fidelityFindings += r.fidelity.length;
      operatorFindings += r.findings.length;
      if (!axioms.includes(r.id)) axioms.push(r.id);
    }
  }
  const refutedOperators = audit.operators.filter((op) => op.results.some((r) => r.verdict === 'refuted')).map((op) => op.operator);
  return { verdicts, refutedOperators, fidelityFindings, operatorFindings, axioms };
}
