import type { StatementClaim } from '../../../engine/statement/claim.js';
import { freeConstantC } from '../models/convergence.js';

/**
 * Remark IX.2's checkable part: that (21)'s explicit dependence on L, ρ_target and ε_tune lets a
 * practitioner predict convergence on a specific instance. A prediction needs C, which (21) leaves
 * free: any losses at any stages are matched by some C.
 */
export const remarkIX2: StatementClaim = {
  id: 'sparse-kd/remark-IX.2',
  source: { paper: 'sparse-kd', label: 'Remark IX.2', section: 'IX' },
  declaredIn: import.meta.url,
  title: 'Interpretation: explicit parameter dependence predicts convergence',
  statement:
    'Theorem IX.1’s guarantees hold across F_1–5; the explicit dependence on L, ρ_target and ε_tune lets practitioners predict convergence behaviour for specific problem instances. Checked: whether (21) predicts anything about the losses of a specific instance.',
  assumptions: ['Theorem IX.1'],
  dependsOn: ['sparse-kd/theorem-IX.1'],
  evaluate(run) {
    const outcome = freeConstantC(run);
    if (outcome.kind !== 'free-constant') return outcome;
    return {
      ...outcome,
      detail: `A prediction from (21) needs the value of C, which (21) does not give (it depends on ω_F and the target distribution; ω_F itself does not appear in the bound). ${outcome.detail}`,
    };
  },
};
