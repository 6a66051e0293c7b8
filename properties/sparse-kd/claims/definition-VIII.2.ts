import { Decimal } from 'decimal.js';
import { decimalNum } from '../../../engine/num/index.js';
import type { StatementClaim } from '../../../engine/statement/claim.js';
import type { StatementOutcome } from '../../../engine/statement/outcome.js';
import { gradientDistance, supDistance, type Network } from '../models/networks.js';
import { stages } from '../models/pruning.js';

const D = decimalNum(40);

/**
 * Whether the straight path θ(λ) = (1 − λ)θ_dense + λθ_sparse of linear maps f_θ(x) = θ·x on
 * [−1, 1]^d stays in M_ε(f_T): ∇f(λ) = θ(λ), and λ ↦ ‖θ(λ) − θ_T‖₂ is convex, so its maximum over
 * [0, 1] is at an endpoint — the path meets Definition VIII.2 iff both endpoints lie in M_ε.
 */
export function linearPathMeets(teacher: string[], dense: string[], sparse: string[], eps: string) {
  const net: Network = { kind: 'linear', theta: teacher, B: '1' };
  const worst = Decimal.max(...[dense, sparse].map((t) => new Decimal(D.bounds(gradientDistance(D, net, t, teacher))[1])));
  return { met: worst.lt(eps), worst: worst.toString(), modulus: D.bounds(supDistance(D, net, dense, sparse))[0] };
}

/** Checked on a linear teacher pruned one-shot to half its parameters: the definition can be met (ε = 0.2) and can be unmeetable (ε = 0.05). */
export function readHomotopyPath(): StatementOutcome {
  const teacher = ['1', '0.1'];
  const [dense, sparse] = stages(teacher, 1, 1);
  const [wide, narrow] = ['0.2', '0.05'].map((eps) => linearPathMeets(teacher, dense, sparse, eps));
  if (!wide.met || narrow.met)
    return { kind: 'failed', detail: `Unexpected: ε = 0.2 → ${JSON.stringify(wide)}, ε = 0.05 → ${JSON.stringify(narrow)}.` };
  return {
    kind: 'no-proposition',
    detail: `A definition. Checked on f_θ(x) = θ·x, X = [−1, 1]², teacher = dense student θ = (1, 0.1), f_sparse its one-shot magnitude pruning (1, 0): the straight path θ(λ) is continuous into C(X, Y) (‖f(λ) − f(λ′)‖∞ = ${wide.modulus}·|λ − λ′|), and it stays in M_ε(f_T) iff both endpoints do (the gradient distance ${wide.worst} is largest at λ = 1): met for ε = 0.2, and no path at all exists for ε = 0.05, since f(1) = f_sparse ∉ M_ε. The definition thus constrains only the endpoints’ gradient distance to the teacher on such classes; it asks f(0) = f_dense to be in M_ε(f_T) too, which a dense student far from the teacher cannot meet.`,
  };
}

export const definitionVIII2: StatementClaim = {
  id: 'sparse-kd/definition-VIII.2',
  source: { paper: 'sparse-kd', label: 'Definition VIII.2', section: 'VIII' },
  declaredIn: import.meta.url,
  title: 'Homotopy path',
  statement: 'A continuous f : [0, 1] → C(X, Y) with f(0) = f_dense, f(1) = f_sparse and f(λ) ∈ M_ε(f_T) for all λ (18).',
  assumptions: ['f_dense, f_sparse ∈ C(X, Y)', 'M_ε(f_T) as in Definition VIII.1'],
  dependsOn: ['sparse-kd/definition-VIII.1'],
  evaluate: readHomotopyPath,
};
