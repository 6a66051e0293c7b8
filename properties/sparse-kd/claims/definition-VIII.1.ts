import { decimalNum } from '../../../engine/num/index.js';
import type { StatementClaim } from '../../../engine/statement/claim.js';
import type { StatementOutcome } from '../../../engine/statement/outcome.js';
import { gradientDistance, supDistance, type Network } from '../models/networks.js';

const D = decimalNum(40);

/** sup_X ‖∇f − ∇f_T‖₂ and sup_X |f − f_T| of two tanh networks on X = [−1, 1]: what M_ε(f_T) sees, and what it does not. */
export function manifoldDistances(teacher: readonly string[], other: readonly string[]): { gradient: string; value: string } {
  const width = Math.max(teacher.length, other.length);
  const pad = (t: readonly string[]) => [...t, ...Array(width - t.length).fill('0')];
  const net: Network = { kind: 'tanh', theta: pad(teacher), B: '1' };
  return {
    gradient: D.toNumber(gradientDistance(D, net, pad(other), pad(teacher))).toString(),
    value: D.bounds(supDistance(D, net, pad(other), pad(teacher)))[0],
  };
}

/**
 * Checked on tanh networks: M_ε(f_T) contains f_T for every ε > 0 (it can be met), and it contains
 * f_T + tanh(1) — a unit with input weight 0 adds a constant — at gradient distance 0 but value
 * distance tanh(1): membership constrains gradients only, not the function.
 */
export function readManifold(): StatementOutcome {
  const teacher = ['1', '0', '1'];
  const self = manifoldDistances(teacher, teacher);
  const shifted = manifoldDistances(teacher, [...teacher, '0', '1', '1']);
  if (self.gradient !== '0' || shifted.gradient !== '0' || !(Number(shifted.value) > 0.76)) {
    return {
      kind: 'failed',
      detail: `Unexpected distances: f_T to itself ${JSON.stringify(self)}, to f_T + tanh(1) ${JSON.stringify(shifted)}.`,
    };
  }
  return {
    kind: 'no-proposition',
    detail: `A definition. Checked on f_T(x) = tanh(x), X = [−1, 1]: f_T ∈ M_ε(f_T) for every ε > 0 (gradient distance ${self.gradient}), so the set is non-empty; f_T + tanh(1) (a second unit with input weight 0) is in M_ε(f_T) for every ε (gradient distance ${shifted.gradient}) though sup_X |f − f_T| = ${shifted.value.slice(0, 12)}…: M_ε bounds gradients only, so "functional proximity" holds up to additive constants. Not fixed by (17): the norm of ∇f − ∇f_T (pointwise, sup over X, or L2), and ∇f where f is not differentiable (ReLU kinks); it is a set of functions, not shown to be a manifold.`,
  };
}

export const definitionVIII1: StatementClaim = {
  id: 'sparse-kd/definition-VIII.1',
  source: { paper: 'sparse-kd', label: 'Definition VIII.1', section: 'VIII' },
  declaredIn: import.meta.url,
  title: 'ε-teacher manifold',
  statement: 'M_ε(f_T) = {f : ‖∇f − ∇f_T‖ < ε} (17): the functions whose gradients stay ε-close to the teacher’s.',
  assumptions: ['f and f_T differentiable'],
  dependsOn: [],
  evaluate: readManifold,
};
