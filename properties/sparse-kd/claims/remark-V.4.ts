import { universalStatement } from '../../../engine/statement/universal.js';
import type { StatementOutcome } from '../../../engine/statement/outcome.js';
import { convexMixingClamped } from '../../../operators/softening/convex-mixing.js';
import { entropyProjectionDefault } from '../../../operators/softening/entropy-projection.js';
import { power } from '../../../operators/softening/power.js';
import type { SofteningOperator } from '../../../engine/operators/softening.js';
import { conformanceCandidates, conformanceCheck } from '../models/conformance.js';
import { countingFloat64 } from '../models/operation-count.js';

/** A Zipf-like teacher over V classes (weights 1/i), at T = 2. */
const V = 1000;
const zipf = Array.from({ length: V }, (_, i) => 1 / (i + 1));
const T = 2;

/** Arithmetic operations of one F_T(p) call in float64. */
export function operationCount(op: SofteningOperator): number {
  const { N, count } = countingFloat64();
  const total = zipf.reduce((a, b) => a + b, 0);
  op.apply(
    N,
    zipf.map((w) => w / total),
    T,
  );
  return count();
}

/** "Entropy projection is costlier than power transforms or convex mixing": counted, not timed. */
export function costlier(expensive: SofteningOperator, cheap: readonly SofteningOperator[]): StatementOutcome {
  const cost = operationCount(expensive);
  const others = cheap.map((op) => ({ op, n: operationCount(op) }));
  const worst = others.reduce((a, b) => (b.n >= a.n ? b : a));
  const detail = `One call at a Zipf teacher, V = ${V}, T = ${T}, in float64: ${expensive.name} ${cost} arithmetic operations; ${others.map((o) => `${o.op.name} ${o.n}`).join(', ')} (${(cost / worst.n).toFixed(1)}× the dearest).`;
  if (cost > worst.n) return { kind: 'derived', method: 'exact', detail };
  return {
    kind: 'derived',
    method: 'exact',
    detail,
    counterexample: {
      instance: { V: String(V), T: String(T), expensive: expensive.name, cheap: worst.op.name },
      certificate: {
        kind: 'interval',
        quantity: `operations(${expensive.name}) − operations(${worst.op.name})`,
        lo: String(cost - worst.n),
        hi: String(cost - worst.n),
        explanation: 'Exact operation counts: the family said to be costlier is not.',
      },
      replay: 'npx kdaudit audit',
      size: [V],
    },
  };
}

/**
 * Remark V.4: entropy projection is costly; "simple power transforms or convex mixing operators
 * provide efficient realizations that satisfy the same axioms". The axiom part is searched on those
 * two families; the cost part is an obligation, measured by operation counts.
 */
export const remarkV4 = universalStatement(
  {
    id: 'sparse-kd/remark-V.4',
    source: { paper: 'sparse-kd', label: 'Remark V.4', section: 'V' },
    declaredIn: import.meta.url,
    title: 'Power transforms and convex mixing: efficient and conforming',
    statement:
      'Entropy projection is computationally costly; simple power transforms or convex mixing operators are efficient realizations that satisfy the same axioms (1–5).',
    assumptions: ['families: p^(1/T) and convex mixing with α = min(1, 1/T)', 'p ∈ Δ^V', 'T > 0'],
    dependsOn: ['sparse-kd/remark-V.2', 'sparse-kd/construction-2', 'sparse-kd/construction-3'],
    obligations: [
      {
        step: 'entropy projection is costlier',
        text: 'one entropy projection costs more arithmetic than one power transform or convex mixing',
        evaluate: () => costlier(entropyProjectionDefault, [power, convexMixingClamped]),
      },
    ],
  },
  conformanceCheck({ id: 'sparse-kd/remark-V.4', operators: [power, convexMixingClamped], runs: 150 }),
  conformanceCandidates,
);
