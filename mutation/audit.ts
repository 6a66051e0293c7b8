import { mutateOperator } from './analyse.js';
import { AUDIT_MUTATION_EFFORT } from './audit-bounds.js';
import type { MutationAnalysis } from '../engine/result/mutation.js';

/**
 * The mutation analysis the audit attaches to a built-in operator's result (OperatorAudit.mutation):
 * at most `maxMutants` mutants, sampled deterministically for the seed, one at a time in their own
 * worker thread (the audit's own workers already use the cores), each against the axioms at
 * AUDIT_MUTATION_EFFORT — or at the audit's own effort when that is lower: `--effort` scales every
 * search of the run, the mutants' included.
 */
export function auditMutation(
  operator: string,
  seed: number,
  maxMutants: number,
  auditEffort: number,
): Promise<MutationAnalysis> {
  const effort = Math.min(AUDIT_MUTATION_EFFORT, auditEffort);
  return mutateOperator(operator, { seed, effort, maxMutants, callTimeoutMs: 2000, threads: 1 });
}
