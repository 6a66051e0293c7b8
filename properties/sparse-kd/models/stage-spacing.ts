/**
 * The stage-spacing arithmetic of Theorem VIII.3's proof sketch, exactly: whether a schedule
 * reaches ρ_target, and the constant c of ‖θ_k − θ_{k−1}‖₂ ≤ c·Δρ — free per instance, unbounded in n.
 */
import * as fc from 'fast-check';
import { Decimal } from 'decimal.js';
import type { RunOptions } from '../../../engine/run-check.js';
import type { StatementOutcome } from '../../../engine/statement/outcome.js';
import { exactCounterexample } from './exact.js';
import { parameters } from './networks.js';
import { asNetwork, maxStepSquared, pruneOrder, pruningDomain, simplest, type PruningRecord } from './pruning.js';

const D = Decimal.clone({ precision: 80 });

/**
 * c_n = max_k ‖θ_k − θ_{k−1}‖₂/Δρ, the least c meeting (19) for n stages, searched over n. For
 * n ≥ M each stage prunes at most one parameter, so c_n = n·d·a/M with a the largest pruned
 * magnitude: unbounded in n whenever a > 0. Checked exactly for n ≤ 32 on sampled networks.
 */
export function perStageConstant(run: RunOptions, samples = 60): StatementOutcome {
  const largestPruned2 = (x: PruningRecord) => {
    const theta = parameters(asNetwork(x));
    return pruneOrder(theta)
      .slice(0, x.M)
      .reduce((m, i) => D.max(m, new D(theta[i]).pow(2)), new D(0));
  };
  // for n ≥ M every stage prunes at most one parameter: max_k ‖Δθ_k‖₂² = a², exactly, n ≤ 32
  const linearInN = (x: PruningRecord) =>
    Array.from({ length: 33 - x.M }, (_, i) => x.M + i).every((n) =>
      maxStepSquared(parameters(asNetwork(x)), x.M, n).eq(largestPruned2(x)),
    );
  const networks = fc
    .sample(pruningDomain.arbitrary, { seed: run.seed, numRuns: samples })
    .filter((x) => !largestPruned2(x).isZero());
  const broken = networks.find((x) => !linearInN(x));
  if (broken)
    return {
      kind: 'failed',
      detail: `max_k ‖Δθ_k‖₂ ≠ a for some n ≥ M at ${JSON.stringify(broken)}: the argument does not apply.`,
    };
  if (networks.length === 0)
    return { kind: 'failed', detail: `No sampled network prunes a non-zero parameter (${samples} sampled).` };
  const x = simplest(networks[0], (y) => !largestPruned2(y).isZero() && linearInN(y));
  const theta = parameters(asNetwork(x));
  const d = theta.length;
  const a = largestPruned2(x).sqrt();
  const cn = (n: number) =>
    new D(maxStepSquared(theta, x.M, n))
      .sqrt()
      .times(n * d)
      .div(x.M)
      .toSignificantDigits(6)
      .toString();
  return {
    kind: 'derived',
    method: 'exact',
    detail: `On ${networks.length} sampled networks that prune a non-zero parameter, c_n = max_k ‖θ_k − θ_{k−1}‖₂/Δρ equals n·d·a/M exactly for every M ≤ n ≤ 32 (a = largest pruned magnitude): no c independent of n meets (19).`,
    counterexample: exactCounterexample(
      {
        network: x.network,
        theta,
        ρ_target: `${x.M}/${d}`,
        'c_n for n = 1, 2, 4, 8, 16, 32': [1, 2, 4, 8, 16, 32].map(cn),
        'for any c': `n = ⌊c·${x.M}/(${d}·${a.toSignificantDigits(6)})⌋ + 1 stages need c_n > c`,
      },
      `c_n·M/(n·d·a) for ${x.M} ≤ n ≤ 32`,
      '1',
      'For n ≥ M each stage prunes at most one parameter, so max_k ‖θ_k − θ_{k−1}‖₂ = a and c_n = n·d·a/M grows without bound in n.',
    ),
  };
}

/** The proof sketch's schedule: each stage prunes a fraction Δρ = ρ/n of the remaining parameters; sparsity after n stages 1 − (1 − ρ/n)^n, exactly, for ρ = k/10. */
export function remainingFractionSchedule(): StatementOutcome {
  const failures: { n: number; k: number; gap: [bigint, bigint] }[] = [];
  for (let n = 1; n <= 8; n++) {
    for (let k = 1; k <= 9; k++) {
      const den = BigInt(10 * n) ** BigInt(n);
      const kept = BigInt(10 * n - k) ** BigInt(n);
      // ρ − (1 − kept/den) = (k·den − 10(den − kept)) / (10·den)
      const gap: [bigint, bigint] = [BigInt(k) * den - 10n * (den - kept), 10n * den];
      if (gap[0] !== 0n) failures.push({ n, k, gap });
    }
  }
  const detail = `Sparsity after n stages that each prune Δρ = ρ/n of the remaining parameters is 1 − (1 − ρ/n)^n; for ρ ∈ {0.1, …, 0.9} and n ≤ 8 it misses ρ in ${failures.length} of 72 cases (every n ≥ 2).`;
  if (failures.length === 0) return { kind: 'derived', method: 'grid', detail };
  const { n, k, gap } = failures[0];
  return {
    kind: 'derived',
    method: 'exhaustive',
    detail,
    counterexample: exactCounterexample(
      { ρ_target: `${k}/10`, n: String(n), 'sparsity after n stages': `1 − (1 − ${k}/${10 * n})^${n}` },
      'ρ_target − (1 − (1 − ρ_target/n)^n)',
      new D(gap[0].toString()).div(gap[1].toString()).toString(),
      'Pruning a fraction ρ/n of the remaining parameters n times leaves (1 − ρ/n)^n > 1 − ρ of them (Bernoulli, n ≥ 2): ρ_target is not reached. The fraction 1 − (1 − ρ)^{1/n} of the remaining parameters per stage would reach it; Δρ = ρ/n does only as a fraction of the original parameters.',
    ),
  };
}

/**
 * c is free ("depends on the pruning mask structure"): on every instance the least c meeting
 * (19) is c = max_k ‖θ_k − θ_{k−1}‖₂/Δρ, so (19) and the total bound cannot be refuted. With a
 * fixed c (a falsified reading, for tests) the first instance needing more refutes it, exactly.
 */
export function freeC(run: RunOptions, fixedC?: string, samples = 200): StatementOutcome {
  const domain = pruningDomain;
  const needed = fc.sample(domain.arbitrary, { seed: run.seed, numRuns: samples }).map((x) => {
    const theta = parameters(asNetwork(x));
    // c_min² = max_k ‖Δθ_k‖₂² · (d·n/M)²
    return { x, theta, c2: maxStepSquared(theta, x.M, x.n).times(new D(theta.length * x.n).div(x.M).pow(2)) };
  });
  const range = needed.map((e) => e.c2.sqrt());
  const detail = `For each of ${needed.length} sampled (network, ρ_target, n), c = max_k ‖θ_k − θ_{k−1}‖₂/Δρ meets (19)’s second inequality and the total bound L·c·ρ_target; it ranged over [${D.min(...range).toSignificantDigits(4)}, ${D.max(...range).toSignificantDigits(4)}]`;
  const violated = fixedC === undefined ? undefined : needed.find((e) => e.c2.gt(new D(fixedC).pow(2)));
  if (!violated)
    return { kind: 'free-constant', constant: 'c (depends on the pruning mask structure)', detail, instances: needed.length };
  const { x, theta } = violated;
  const gap = maxStepSquared(theta, x.M, x.n)
    .times((theta.length * x.n) ** 2)
    .minus(new D(fixedC!).pow(2).times(x.M ** 2));
  return {
    kind: 'free-constant',
    constant: 'c',
    detail,
    instances: needed.length,
    counterexample: exactCounterexample(
      { network: x.network, theta, ρ_target: `${x.M}/${theta.length}`, n: String(x.n), c: fixedC! },
      'n²d²·max_k ‖θ_k − θ_{k−1}‖₂² − c²M²',
      gap.toString(),
      'Positive: some stage changes θ by more than c·Δρ = c·M/(d·n).',
    ),
  };
}
