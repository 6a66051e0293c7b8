import * as fc from 'fast-check';
import { Decimal } from 'decimal.js';
import { decimalPart, integerPart, recordDomain, vectorPart } from '../../../engine/domains/record.js';
import type { AuditedOperator } from '../../../engine/operator.js';
import { pointwise } from '../../../engine/pointwise.js';
import type { RunOptions } from '../../../engine/run-check.js';
import type { StatementClaim } from '../../../engine/statement/claim.js';
import type { StatementOutcome } from '../../../engine/statement/outcome.js';
import { symbolicIdentity } from '../../../engine/statement/symbolic.js';
import { universalStatement, type StatementMeta } from '../../../engine/statement/universal.js';
import { exactCounterexample } from './exact.js';

/**
 * Theorem IX.1's bound (21) and what follows from it. Its excess over E[ℓ(T)] is
 * g(n) = K/n + n·ε_tune with K = C·L·ρ_target: the first term falls with n, the second grows.
 */
const D = Decimal.clone({ precision: 80 });

const lossDomain = recordDomain({
  L: decimalPart('0.01', '10', ['1', '2', '10']),
  rho: decimalPart('0.01', '0.99', ['0.5', '0.8']),
  eps: decimalPart('0', '0.1', ['0', '0.01']),
  /** E[ℓ(S_n)] − E[ℓ(T)] at n = 1, 2, …: any losses an experiment might report. */
  excess: vectorPart(decimalPart('-1', '10'), 1, 8),
});

/**
 * (21) has a free C: for any losses at stages n = 1…m, C = max(0, max_n n(Δ_n − n·ε_tune))/(L·ρ)
 * meets it at every n (checked exactly, cross-multiplied), so no observation refutes it. With a
 * fixed C (a falsified reading, for tests) the first tuple needing more refutes it, exactly.
 */
export function freeConstantC(run: RunOptions, fixedC?: string, samples = 300): StatementOutcome {
  const tuples = fc.sample(lossDomain.arbitrary, { seed: run.seed, numRuns: samples }).map((x) => {
    const need = x.excess.map((delta, i) => new D(i + 1).times(new D(delta).minus(new D(x.eps).times(i + 1))));
    return { x, KC: D.max(0, ...need), Lrho: new D(x.L).times(x.rho) };
  });
  const detail = `For each of ${tuples.length} sampled (L, ρ_target, ε_tune, losses Δ_n = E[ℓ(S_n)] − E[ℓ(T)] at n = 1…8), C = max(0, max_n n(Δ_n − n·ε_tune))/(L·ρ_target) makes (21) hold at every n; C "depends on ω_F and the target distribution", which (21) leaves unspecified, so no losses can contradict it`;
  const violated = fixedC === undefined ? undefined : tuples.find((t) => t.KC.gt(t.Lrho.times(fixedC)));
  if (!violated)
    return {
      kind: 'free-constant',
      constant: 'C (depends on ω_F and the target distribution)',
      detail,
      instances: tuples.length,
    };
  return {
    kind: 'free-constant',
    constant: 'C',
    detail,
    instances: tuples.length,
    counterexample: exactCounterexample(
      { L: violated.x.L, ρ_target: violated.x.rho, ε_tune: violated.x.eps, 'Δ_n, n = 1…': violated.x.excess, C: fixedC! },
      'max_n n(Δ_n − n·ε_tune) − C·L·ρ_target',
      violated.KC.minus(violated.Lrho.times(fixedC!)).toString(),
      'Positive: at some stage n the loss exceeds the bound (21) with this C.',
    ),
  };
}

type RateInstance = { K: string; eps: string; slack: string; n0: number };

/** The adversary's stage: n ≥ n₀ with n²·ε_tune > A when ε_tune > 0 (then n·g(n) = K + n²ε_tune > A), n₀ when ε_tune = 0. */
export function witnessStage(A: string, eps: string, n0: number): number {
  if (new D(eps).isZero()) return n0;
  let n = Math.max(n0, new D(A).div(eps).sqrt().floor().toNumber() + 1);
  while (!new D(n).pow(2).times(eps).gt(A)) n++;
  return n;
}

/**
 * "E[ℓ(S_n)] ≤ E[ℓ(T)] + O(1/n)" read against (21), the guarantee it rests on: (21) allows an
 * excess g(n) = K/n + n·ε_tune, so it establishes the rate iff ∃A ∃n₀ ∀n ≥ n₀: g(n) ≤ A/n. Each
 * instance fixes (K, ε_tune), a constant A = K + slack (every A ≥ K, the least the ε_tune = 0 case
 * needs) and n₀; the check takes the adversary's n ≥ n₀ and tests g(n) ≤ A/n.
 */
function rateCheck(id: string) {
  const domain = recordDomain<RateInstance>({
    K: decimalPart('0.01', '100', ['1', '10', '100']),
    eps: decimalPart('0', '1', ['0', '0.01', '0.1', '1']),
    slack: decimalPart('0', '1000'),
    n0: integerPart(1, 1000),
  });
  const A = (x: RateInstance) => new D(x.K).plus(x.slack).toString();
  return pointwise<RateInstance, AuditedOperator>({
    id,
    title: 'C·L·ρ/n + n·ε_tune ≤ A/n at the adversary’s stage n ≥ n₀',
    statement: 'A/n − (K/n + n·ε_tune) ≥ 0 with A = K + slack, n = witnessStage(A, ε_tune, n₀)',
    strict: false,
    quantity: 'A/n − (C·L·ρ_target/n + n·ε_tune)',
    // the instance as printed names the constant A and the adversary's stage n
    domain: {
      ...domain,
      describe: (x) => ({
        'K = C·L·ρ_target': x.K,
        ε_tune: x.eps,
        A: A(x),
        'n₀': String(x.n0),
        n: String(witnessStage(A(x), x.eps, x.n0)),
      }),
    },
    runs: 200,
    margin: (N, _s, x) => {
      const n = N.of(witnessStage(A(x), x.eps, x.n0));
      return N.sub(N.div(N.of(A(x)), n), N.add(N.div(N.of(x.K), n), N.mul(n, N.of(x.eps))));
    },
  });
}

const epsZero = { name: 'ε_tune = 0', text: 'per-stage fine-tuning is exact', holds: (x: RateInstance) => new D(x.eps).isZero() };

/** A statement that Theorem IX.1 gives an O(1/n) rate (abstract, introduction, overview, conclusion). */
export function rateStatement(meta: Omit<StatementMeta, 'obligations' | 'assumptions' | 'dependsOn'>): StatementClaim {
  return universalStatement(
    {
      ...meta,
      assumptions: ['Theorem IX.1’s bound (21) with C, L, ρ_target fixed, ε_tune ≥ 0', 'O(1/n): ∃A ∃n₀ ∀n ≥ n₀, excess ≤ A/n'],
      dependsOn: ['sparse-kd/theorem-IX.1'],
      obligations: [
        {
          step: 'n × (21)',
          text: 'n·(C·L·ρ/n + n·ε_tune) = C·L·ρ + n²·ε_tune, unbounded in n iff ε_tune > 0: for every A the stage n > √(A/ε_tune) exceeds A/n, so a counterexample at one A refutes every A',
          evaluate: () => symbolicIdentity('n*(K/n + n*e)', 'K + n^2*e', ['n', 'K', 'e']),
        },
      ],
    },
    rateCheck(meta.id),
    [epsZero],
  );
}
