import * as fc from 'fast-check';
import { Decimal } from 'decimal.js';
import { choicePart, recordDomain } from '../../../engine/domains/record.js';
import { decimalNum } from '../../../engine/num/index.js';
import type { AuditedOperator } from '../../../engine/operator.js';
import { pointwise } from '../../../engine/pointwise.js';
import type { RunOptions } from '../../../engine/run-check.js';
import type { StatementClaim } from '../../../engine/statement/claim.js';
import type { StatementOutcome } from '../../../engine/statement/outcome.js';
import { symbolicIdentity } from '../../../engine/statement/symbolic.js';
import { universalStatement } from '../../../engine/statement/universal.js';
import { exactCounterexample } from '../models/exact.js';
import { gradientDistance, lipschitzBound, parameters, supDistance, type NetworkKind } from '../models/networks.js';
import { asNetwork, pruningDomain, pruningParts, simplest, stages, validPruning, type PruningRecord } from '../models/pruning.js';

const statement =
  'One-shot pruning (n = 1) induces a discontinuous jump with ‖∇f_sparse − ∇f_dense‖ ≤ L·ρ_target (20); for large ρ_target this can exceed ε, landing outside M_ε(f_T).';

type OneShot = Omit<PruningRecord, 'n'>;
const { n: _stages, ...oneShotParts } = pruningParts;

/** (20) with L the Lipschitz constant of θ ↦ f_θ (exact for linear maps, an upper bound for tanh MLPs — lenient), ∇ = ∇_x, sup over X. */
const boundCheck = pointwise<OneShot, AuditedOperator>({
  id: 'sparse-kd/corollary-VIII.4',
  variant: 'bound-20',
  title: '‖∇f_sparse − ∇f_dense‖ ≤ L·ρ_target after one-shot magnitude pruning',
  statement: 'L·ρ_target − sup_X ‖∇_x f_sparse − ∇_x f_dense‖₂ ≥ 0',
  strict: false,
  quantity: 'L·ρ_target − sup_X ‖∇_x f_sparse − ∇_x f_dense‖₂',
  domain: recordDomain<OneShot>({ ...oneShotParts, network: choicePart<NetworkKind>(['linear', 'tanh']) }, (x) =>
    validPruning({ ...x, n: 1 }),
  ),
  runs: 200,
  margin: (N, _s, x) => {
    const net = asNetwork(x);
    const [dense, sparse] = stages(parameters(net), x.M, 1);
    const rho = N.div(N.of(x.M), N.of(dense.length));
    return N.sub(N.mul(lipschitzBound(N, net), rho), gradientDistance(N, net, sparse, dense));
  },
});

export const corollaryVIII4Bound: StatementClaim = universalStatement(
  {
    id: 'sparse-kd/corollary-VIII.4',
    variant: 'bound-20',
    source: { paper: 'sparse-kd', label: 'Corollary VIII.4', section: 'VIII' },
    declaredIn: import.meta.url,
    title: 'One-shot pruning: the jump bound (20)',
    statement: `${statement} Checked: (20), with ∇ the input gradient, ‖·‖ its sup over X of the Euclidean norm, L the Lipschitz constant of θ ↦ f_θ as in Theorem VIII.3 (as intended), on linear maps and tanh MLPs (∇ of a ReLU network is undefined at its kinks).`,
    assumptions: ['n = 1 (one-shot magnitude pruning to ρ_target)', 'θ ↦ f_θ L-Lipschitz as in Theorem VIII.3'],
    dependsOn: ['sparse-kd/theorem-VIII.3', 'sparse-kd/definition-VIII.1'],
    obligations: [
      {
        step: '(19) at n = 1 gives (20)',
        text: 'Theorem VIII.3 at n = 1 bounds ‖f_1 − f_0‖∞ by L·c·(ρ/1); (20) bounds gradients by L·ρ: L·c·(ρ/1) = L·ρ',
        evaluate: () => symbolicIdentity('L*c*(r/1)', 'L*r', ['L', 'c', 'r']),
      },
      {
        step: 'large ρ_target: the jump can exceed ε',
        text: 'at 80% sparsity the one-shot jump can exceed ε (ε = 0.1), as the corollary infers from (20)',
        evaluate: () => eightyPercentJump('0.1'),
      },
      {
        step: 'one-shot against n stages',
        text: 'one-shot and n-stage magnitude pruning (no fine-tuning) land on different sparse networks, so one can leave M_ε(f_T) while the other stays',
        evaluate: (run) => sameEndpoint(run),
      },
    ],
  },
  boundCheck,
);

/**
 * "For large ρ_target (e.g. 80%) this can exceed ε": true by a witness on linear maps, but not
 * because of (20), an upper bound — at the same 80% the jump can also be below ε.
 */
export function eightyPercentJump(eps: string): StatementOutcome {
  const N = decimalNum(40);
  const jump = (theta: string[]) => {
    const [dense, sparse] = stages(theta, 4, 1);
    return new Decimal(N.bounds(gradientDistance(N, { kind: 'linear', theta, B: '1' }, sparse, dense))[0]);
  };
  const t = new Decimal(eps).div(4).toString();
  const [large, small] = [jump(['1', '1', '1', '1', '1']), jump(['1', t, t, t, t])];
  if (!large.gt(eps))
    return { kind: 'witness', verifiedBy: 'exact', detail: `θ = (1, 1, 1, 1, 1) jumps by ${large}, not above ε = ${eps}.` };
  if (!small.lt(eps))
    return { kind: 'failed', detail: `θ = (1, ${t}, ${t}, ${t}, ${t}) jumps by ${small}, not below ε = ${eps}.` };
  return {
    kind: 'witness',
    witness: `f_θ(x) = θ·x, θ = (1, 1, 1, 1, 1), 80% one-shot pruning: ‖∇f_sparse − ∇f_dense‖₂ = ${large} > ε = ${eps}`,
    verifiedBy: 'exact',
    detail: `The jump can exceed ε. It need not: θ = (1, ${t}, ${t}, ${t}, ${t}) pruned to the same 80% jumps by ${small} < ε. The size of the jump comes from the pruned weights, not from ρ_target, and (20) bounds it only from above.`,
  };
}

/**
 * The corollary contrasts one-shot with n-stage pruning at the endpoint ("landing outside M_ε").
 * Without fine-tuning, n-stage magnitude pruning ends where one-shot pruning does (⌊n·M/n⌋ = M
 * smallest entries zeroed either way), so whether f_sparse ∈ M_ε cannot depend on n.
 */
export function sameEndpoint(run: RunOptions, samples = 200): StatementOutcome {
  const instances = fc.sample(pruningDomain.arbitrary, { seed: run.seed, numRuns: samples });
  const endpoint = (x: PruningRecord, n: number) => stages(parameters(asNetwork(x)), x.M, n)[n];
  const differ = instances.find((x) => endpoint(x, x.n).join() !== endpoint(x, 1).join());
  if (differ)
    return { kind: 'failed', detail: `The endpoints differ at ${JSON.stringify(differ)}: the argument does not apply.` };
  const x = simplest(instances.find((y) => y.n > 1) ?? instances[0], (y) => y.n > 1);
  const theta = parameters(asNetwork(x));
  return {
    kind: 'derived',
    method: 'exhaustive',
    detail: `θ_n of the ${x.n}-stage schedule equals one-shot θ_1 on all ${instances.length} sampled (network, ρ_target, n ≤ 8). Only fine-tuning between stages, which the corollary does not model, can make the endpoints differ.`,
    counterexample: exactCounterexample(
      { network: x.network, theta, ρ_target: `${x.M}/${theta.length}`, n: String(x.n), 'θ_n = one-shot θ_1': endpoint(x, 1) },
      '‖θ_n − θ_1(one-shot)‖₂',
      '0',
      'The same sparse network either way: one-shot pruning cannot land outside M_ε(f_T) where n-stage pruning lands inside.',
    ),
  };
}

/**
 * The one-shot step as a path: λ ↦ f_{(1−λ)θ_0 + λθ_1} is Lipschitz in λ with modulus at most
 * L‖θ_1 − θ_0‖₂ (for linear maps exactly sup_X |f_1 − f_0|, the path being affine), so it is
 * continuous: a finite jump between two networks, not a discontinuity.
 */
export function oneShotPath(run: RunOptions, samples = 100): StatementOutcome {
  const D = decimalNum(40);
  const ends = (x: PruningRecord) => stages(parameters(asNetwork(x)), x.M, 1);
  const jumps = (x: PruningRecord) => x.network === 'linear' && ends(x)[0].join() !== ends(x)[1].join();
  const found = fc.sample(pruningDomain.arbitrary, { seed: run.seed, numRuns: samples }).find(jumps);
  if (!found) return { kind: 'failed', detail: `No sampled linear network changes under one-shot pruning (${samples} sampled).` };
  const x = simplest(found, jumps);
  const [dense, sparse] = ends(x);
  const modulus = supDistance(D, asNetwork(x), dense, sparse).toString();
  return {
    kind: 'derived',
    method: 'exact',
    detail:
      'For every network with θ ↦ f_θ L-Lipschitz, the straight path θ(λ) = (1 − λ)θ_0 + λθ_1 from the dense to the one-shot-pruned parameters gives a path λ ↦ f_θ(λ) in C(X, Y) with ‖f(λ) − f(λ′)‖∞ ≤ L‖θ_1 − θ_0‖₂·|λ − λ′|: continuous. The jump is finite and joined by a continuous path, as each stage of an n-stage schedule is.',
    counterexample: exactCounterexample(
      {
        network: 'linear',
        theta: dense,
        B: x.B,
        ρ_target: `${x.M}/${dense.length}`,
        'one-shot θ_1': sparse,
        path: 'f(λ) = f_{(1−λ)θ_0 + λθ_1}',
      },
      'sup_{λ ≠ λ′} ‖f(λ) − f(λ′)‖∞ / |λ − λ′| = B‖θ_1 − θ_0‖₁',
      modulus,
      'A finite Lipschitz modulus: the path from f_dense to f_sparse is continuous, so one-shot pruning induces no discontinuity.',
    ),
  };
}

export const corollaryVIII4Discontinuity: StatementClaim = {
  id: 'sparse-kd/corollary-VIII.4',
  variant: 'discontinuous-jump',
  source: { paper: 'sparse-kd', label: 'Corollary VIII.4', section: 'VIII' },
  declaredIn: import.meta.url,
  title: 'One-shot pruning: "induces a discontinuous jump"',
  statement: `${statement} Checked: that no continuous path (Definition VIII.2's sense, f : [0, 1] → C(X, Y)) joins f_dense to the one-shot f_sparse.`,
  assumptions: ['n = 1 (one-shot magnitude pruning)', 'θ ↦ f_θ L-Lipschitz as in Theorem VIII.3'],
  dependsOn: ['sparse-kd/theorem-VIII.3', 'sparse-kd/definition-VIII.2'],
  evaluate: (run) => oneShotPath(run),
};
