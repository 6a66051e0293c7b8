import { mutateOperator } from './analyse.js';
import { AUDIT_MUTATION_EFFORT } from './audit-bounds.js';
import type { MutationAnalysis } from '../engine/result/mutation.js';

/**
 * The mutation analysis the audit attaches to a built-in operator's result (OperatorAudit.mutation):
 * at most `maxMutants` mutants, sampled deterministically for the seed, one at a time in their own
 * worker thread (the audit's own workers already use the cores).
 */
export function auditMutation(operator: string, seed: number, maxMutants: number): Promise<MutationAnalysis> {
  return mutateOperator(operator, { seed, effort: AUDIT_MUTATION_EFFORT, maxMutants, callTimeoutMs: 2000, threads: 1 });
}
