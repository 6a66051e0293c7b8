import { Decimal } from 'decimal.js';
import type { MathNode } from 'mathjs';
import { mathjs } from '../../../engine/lazy-mathjs.js';
import { decimalPart, recordDomain } from '../../../engine/domains/record.js';
import type { Num } from '../../../engine/num/index.js';
import type { AuditedOperator } from '../../../engine/operator.js';
import { pointwise } from '../../../engine/pointwise.js';
import type { StatementClaim } from '../../../engine/statement/claim.js';
import type { StatementOutcome } from '../../../engine/statement/outcome.js';
import { symbolicIdentity } from '../../../engine/statement/symbolic.js';
import { universalStatement } from '../../../engine/statement/universal.js';
import { freeConstantC } from '../models/convergence.js';
import { perStageConstant } from '../models/stage-spacing.js';

/** The excess of (21) over E[ℓ(T)], as mathjs reads it (r = ρ_target, e = ε_tune). */
export const EXCESS = 'C*L*r/n + n*e';
const VARS = ['C', 'L', 'r', 's'];

/** mathjs's derivative of `expression` in n, with n = s and ε_tune = C·L·ρ/s² (i.e. s = √(C·L·ρ/ε_tune), n* written so that no square root remains). */
function atStationaryPoint(expression: MathNode | string): string {
  const { parse } = mathjs();
  return (typeof expression === 'string' ? parse(expression) : expression)
    .transform((node) =>
      node.type === 'SymbolNode' && 'name' in node
        ? node.name === 'n'
          ? parse('s')
          : node.name === 'e'
            ? parse('(C*L*r/s^2)')
            : node
        : node,
    )
    .toString();
}

/** Every identity must be proved; the first that is not decides the step. */
function allOf(outcomes: StatementOutcome[]): StatementOutcome {
  return (
    outcomes.find((o) => o.kind !== 'derived' || o.counterexample) ?? {
      kind: 'derived',
      method: 'symbolic',
      detail: outcomes.map((o) => (o.kind === 'derived' ? o.detail : '')).join(' '),
    }
  );
}

type Optimum = { K: string; eps: string };

/** min over integers n ≥ 1 of K/n + n·ε_tune: g is convex, so the minimum is at a neighbour of √(K/ε_tune). */
function integerOptimum<V>(N: Num<V>, x: Optimum): V {
  const [K, e] = [N.of(x.K), N.of(x.eps)];
  const star = new Decimal(x.K).div(x.eps).sqrt().floor().toNumber();
  return [star - 1, star, star + 1, star + 2]
    .filter((n) => n >= 1)
    .map((n) => N.add(N.div(K, N.of(n)), N.mul(N.of(n), e)))
    .reduce((m, g) => N.min(m, g));
}

export const theoremIX1: StatementClaim = {
  id: 'sparse-kd/theorem-IX.1',
  variant: 'bound-21',
  source: { paper: 'sparse-kd', label: 'Theorem IX.1', section: 'IX' },
  declaredIn: import.meta.url,
  title: 'Unified framework convergence',
  statement:
    'For F_T ∈ F_1–5 with modulus of continuity ω_F, θ ↦ f_θ L-Lipschitz, and n-stage distillation with per-stage fine-tuning error ε_tune: E[ℓ(S_n)] ≤ E[ℓ(T)] + C·L·ρ_target/n + n·ε_tune (21), C depending on ω_F and the target distribution; optimising over n gives E[ℓ(T)] + O(√(ε_tune·L·ρ_target)) at n* ∝ √(L·ρ_target/ε_tune).',
  assumptions: [
    'F_T ∈ F_1–5 with modulus of continuity ω_F',
    'θ ↦ f_θ L-Lipschitz as in Theorem VIII.3',
    'per-stage fine-tuning error ε_tune',
  ],
  dependsOn: ['sparse-kd/theorem-VIII.3', 'sparse-kd/theorem-VII.1', 'sparse-kd/definition-IV.1'],
  obligations: [
    {
      step: 'homotopy: per-stage deviation O(1/n)',
      text: 'the per-stage bound of Theorem VIII.3, L·c·ρ/n, with c independent of n (the sketch’s component 2)',
      evaluate: (run) => perStageConstant(run),
    },
    {
      step: 'first-order condition at n*',
      text: `mathjs: d/dn (${EXCESS}) vanishes at n* = √(C·L·ρ/ε_tune) (written as n* = s, ε_tune = C·L·ρ/s²)`,
      evaluate: () => symbolicIdentity(atStationaryPoint(mathjs().derivative(EXCESS, 'n')), '0', VARS),
    },
    {
      step: 'n* is a minimum',
      text: `mathjs: d²/dn² (${EXCESS}) = 2·C·L·ρ/n³ > 0 for n > 0 (C, L, ρ > 0): the excess is convex in n`,
      evaluate: () =>
        symbolicIdentity(mathjs().derivative(mathjs().derivative(EXCESS, 'n'), 'n').toString(), '2*C*L*r/n^3', [
          'C',
          'L',
          'r',
          'n',
        ]),
    },
    {
      step: 'n* ∝ √(L·ρ/ε_tune)',
      text: 'n*² / (L·ρ/ε_tune) = C: n* = √C·√(L·ρ/ε_tune), proportional with the free factor √C',
      evaluate: () => symbolicIdentity('(C*L*r/e)/(L*r/e)', 'C', ['C', 'L', 'r', 'e']),
    },
    {
      step: 'optimal value',
      text: 'the excess at n* is 2√(C·L·ρ·ε_tune) = 2√C·√(ε_tune·L·ρ) = O(√(ε_tune·L·ρ)): at n = s, ε = C·L·ρ/s² it is 2·s·ε, and (2·s·ε)² = 4·C·L·ρ·ε',
      evaluate: () =>
        allOf([
          symbolicIdentity(atStationaryPoint(EXCESS), '2*s*(C*L*r/s^2)', VARS),
          symbolicIdentity('(2*s*(C*L*r/s^2))^2', '4*C*L*r*(C*L*r/s^2)', VARS),
        ]),
    },
  ],
  evaluate: (run) => freeConstantC(run),
};

/**
 * "Optimizing over n yields E[ℓ(T)] + O(√(ε_tune·L·ρ_target))", over whole numbers of stages, with
 * the constant 3 = 2 (continuous optimum) + 1 (rounding n*): for every A, ε_tune > A²·C·L·ρ makes the
 * best excess (n = 1: C·L·ρ + ε_tune) exceed A√(C·L·ρ·ε_tune).
 */
export const theoremIX1WholeStages: StatementClaim = universalStatement(
  {
    id: 'sparse-kd/theorem-IX.1',
    variant: 'whole-n',
    source: { paper: 'sparse-kd', label: 'Theorem IX.1', section: 'IX' },
    declaredIn: import.meta.url,
    title: 'Optimising (21) over whole numbers of stages: O(√(ε_tune·L·ρ_target))',
    statement:
      'Optimising (21) over n yields E[ℓ(T)] + O(√(ε_tune·L·ρ_target)). Checked over whole numbers of stages n ≥ 1, with the constant 3 = 2 (continuous optimum 2√(C·L·ρ·ε_tune)) + 1 (rounding n*): min_n C·L·ρ/n + n·ε_tune ≤ 3√(C·L·ρ·ε_tune). For every constant A, ε_tune > A²·C·L·ρ makes the best excess, at n = 1, exceed A√(C·L·ρ·ε_tune).',
    assumptions: ['K = C·L·ρ_target > 0', 'ε_tune > 0', 'n a whole number of stages'],
    dependsOn: ['sparse-kd/theorem-IX.1'],
  },
  pointwise<Optimum, AuditedOperator>({
    id: 'sparse-kd/theorem-IX.1/integer-stages',
    title: 'min_n K/n + n·ε_tune ≤ 3√(K·ε_tune)',
    statement: '3√(K·ε_tune) − min_{n ≥ 1} (K/n + n·ε_tune) ≥ 0',
    strict: false,
    quantity: '3√(C·L·ρ·ε_tune) − min_{n ≥ 1} (C·L·ρ/n + n·ε_tune)',
    domain: recordDomain<Optimum>({
      K: decimalPart('0.001', '100', ['1', '10']),
      eps: decimalPart('0.001', '100', ['1', '0.1', '10']),
    }),
    runs: 200,
    margin: (N, _s, x) => N.sub(N.mul(N.of(3), N.pow(N.mul(N.of(x.K), N.of(x.eps)), N.of('0.5'))), integerOptimum(N, x)),
  }),
  [
    {
      name: 'ε_tune ≤ C·L·ρ',
      text: 'n* = √(C·L·ρ/ε_tune) ≥ 1: at least one stage is worth its fine-tuning error',
      holds: (x: Optimum) => new Decimal(x.eps).lte(x.K),
    },
  ],
);
