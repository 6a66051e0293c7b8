import type { Check } from './check.js';
import { float64 } from './num/index.js';
import type { AuditedOperator } from './operator.js';
import type { SofteningOperator } from './operators/softening.js';
import { certify } from './counterexamples/certify.js';
import type { PointwiseCheck } from './pointwise-check.js';

/** A pointwise check as the search sees it: screened in float64, certified by `certify`. */
export function pointwise<X, Op extends AuditedOperator = SofteningOperator>(
  def: PointwiseCheck<X, Op>,
): Check<X, Op> & { readonly pointwise: PointwiseCheck<X, Op> } {
  return {
    id: def.id,
    variant: def.variant,
    title: def.title,
    statement: def.statement,
    domain: def.domain,
    faultRefutes: def.faultRefutes,
    unconfirmed: def.unconfirmed,
    maxCertifications: def.maxCertifications,
    runs: def.runs,
    evidenceKind: 'search',
    procedure: `margin ${def.quantity} ${def.strict ? '> 0' : '≥ 0'} screened in float64, candidates certified`,
    pointwise: def,
    // strict margins are candidates at exactly 0 too: an equality is the violation they look for;
    // an operator undefined at x in float64 throws UndefinedOutput, which the probe turns into a
    // candidate for exact arithmetic to decide (engine/probe.ts)
    screen: (op, x, ctx) => {
      const m = def.margin(float64, op, x);
      return def.strict && m <= 0 ? Math.min(m, -ctx.screenTolerance * 2) : m;
    },
    tieScreen: def.conditionedMargin ? (op, x) => def.conditionedMargin!(float64, op, x) : undefined,
    certify: (op, x, ctx) => certify(def, op, x, ctx),
  };
}
