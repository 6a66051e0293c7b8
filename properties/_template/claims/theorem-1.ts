import { pointDomain } from '../../../engine/domains/softening-points.js';
import type { Num } from '../../../engine/num/index.js';
import type { AuditedOperator } from '../../../engine/operator.js';
import { pointwise } from '../../../engine/pointwise.js';
import { universalStatement } from '../../../engine/statement/universal.js';
import { largestMassExcess } from '../models/largest-mass.js';

/**
 * Theorem 1 (an example to replace): for every p ∈ Δ^V, max_i p_i ≥ 1/V. One file per numbered
 * statement, named by the paper's numbering; the claim's id is '<paper>/<file name>'.
 */
export const theorem1 = universalStatement(
  {
    id: 'new-paper-id/theorem-1',
    source: { paper: 'new-paper-id', label: 'Theorem 1', section: '1' },
    declaredIn: import.meta.url,
    title: 'The largest probability is at least 1/V',
    statement: 'For every p ∈ Δ^V: max_i p_i ≥ 1/V.',
    assumptions: ['p ∈ Δ^V'],
    dependsOn: [],
  },
  pointwise<{ w: string[] }, AuditedOperator>({
    id: 'new-paper-id/theorem-1',
    title: 'max_i p_i ≥ 1/V',
    statement: 'max_i p_i − 1/V ≥ 0',
    strict: false,
    quantity: 'max_i p_i − 1/V',
    domain: pointDomain,
    runs: 50,
    margin: <V>(N: Num<V>, _op: AuditedOperator, x: { w: string[] }) => largestMassExcess(N, x.w),
  }),
);
