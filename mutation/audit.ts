import { mutateOperator } from './analyse.js';
import type { MutationAnalysis } from './model.js';

/** Mutants per built-in operator in the main job, and the effort of the axioms against each: bounded so the audit stays affordable. */
export const AUDIT_MAX_MUTANTS = 24;
export const AUDIT_MUTATION_EFFORT = 0.1;

/**
 * The mutation analysis the audit attaches to a built-in operator's result (OperatorAudit.mutation):
 * at most AUDIT_MAX_MUTANTS mutants, sampled deterministically for the seed.
 */
export function auditMutation(operator: string, seed: number): Promise<MutationAnalysis> {
  return mutateOperator(operator, { seed, effort: AUDIT_MUTATION_EFFORT, maxMutants: AUDIT_MAX_MUTANTS, callTimeoutMs: 2000 });
}
