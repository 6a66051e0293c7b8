import { Decimal } from 'decimal.js';
import { choicePart, decimalPart, integerPart, recordDomain, vectorPart } from '../../../engine/domains/record.js';
import type { Num } from '../../../engine/num/index.js';
import { l2, NETWORK_KINDS, parameters, supDistance, type Network, type NetworkKind } from './networks.js';

/**
 * Magnitude pruning in stages, as Theorem VIII.3 reads: target sparsity ρ = M/d (M of the d
 * parameters end at zero) and the linear schedule Δρ = ρ/n — after stage k the ⌊kM/n⌋
 * smallest-magnitude parameters (ties by index) are zero. Without fine-tuning between stages, so
 * the n-stage endpoint is the one-shot endpoint.
 */
export type PruningRecord = {
  network: NetworkKind;
  theta: string[];
  B: string;
  M: number;
  n: number;
};

/** Instance parts shared by §VIII's claims: small networks, exact parameters, M < d, n ≤ 8. */
export const pruningParts = {
  network: choicePart(NETWORK_KINDS),
  theta: vectorPart(decimalPart('-2', '2'), 2, 6),
  B: decimalPart('0.1', '2', ['1', '2', '0.5']),
  M: integerPart(1, 5),
  n: integerPart(1, 8),
};

/** Target sparsity strictly inside (0, 1): 1 ≤ M < d. */
export const validPruning = (x: PruningRecord) => x.M < parameters(asNetwork(x)).length;

/** (network, ρ_target = M/d, n) instances. */
export const pruningDomain = recordDomain<PruningRecord>(pruningParts, validPruning);

/** The record's fields as a network (the domain names the kind 'network'). */
export function asNetwork(x: Pick<PruningRecord, 'network' | 'theta' | 'B'>): Network {
  return { kind: x.network, theta: x.theta, B: x.B };
}

const D = Decimal.clone({ precision: 60 });

/** Indices by increasing |θ_i|, ties by index: the order magnitude pruning zeroes them. */
export function pruneOrder(theta: readonly string[]): number[] {
  return theta.map((_, i) => i).sort((i, j) => new D(theta[i]).abs().cmp(new D(theta[j]).abs()) || i - j);
}

/** θ_0, …, θ_n of the linear schedule: θ_k has its ⌊kM/n⌋ smallest-magnitude entries zeroed. */
export function stages(theta: readonly string[], M: number, n: number): string[][] {
  const order = pruneOrder(theta);
  return Array.from({ length: n + 1 }, (_, k) => {
    const zeroed = new Set(order.slice(0, Math.floor((k * M) / n)));
    return theta.map((t, i) => (zeroed.has(i) ? '0' : t));
  });
}

/** Per stage k: ‖θ_k − θ_{k−1}‖₂ and sup_X |f_k − f_{k−1}| (a lower bound for MLPs). */
export function stageChanges<V>(N: Num<V>, net: Network, M: number, n: number): { step: V; change: V }[] {
  const thetas = stages(parameters(net), M, n);
  return thetas.slice(1).map((after, i) => {
    const before = thetas[i];
    return {
      step: l2(
        N,
        before.map((b, j) => N.sub(N.of(b), N.of(after[j]))),
      ),
      change: supDistance(N, net, before, after),
    };
  });
}

/** max_k ‖θ_k − θ_{k−1}‖₂² exactly: the square of the per-stage parameter change c·Δρ must bound. */
export function maxStepSquared(theta: readonly string[], M: number, n: number): Decimal {
  const thetas = stages(theta, M, n);
  return thetas.slice(1).reduce(
    (m, after, k) =>
      D.max(
        m,
        after.reduce((s, t, i) => s.plus(new D(thetas[k][i]).minus(t).pow(2)), new D(0)),
      ),
    new D(0),
  );
}

/** x made simpler along the domain's own simplifications while `keep` holds: exact counterexamples that read well. */
export function simplest(x: PruningRecord, keep: (x: PruningRecord) => boolean): PruningRecord {
  for (let steps = 0; steps < 200; steps++) {
    const next = pruningDomain.simplify(x).find(keep);
    if (!next) break;
    x = next;
  }
  return x;
}
