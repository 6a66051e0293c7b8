import { rateStatement } from '../models/convergence.js';

/** §I.B, contribution 3: "Convergence guarantees: O(1/n) rates for n-stage distillation with explicit parameter dependence (Section IX)". */
export const introductionRate = rateStatement({
  id: 'sparse-kd/introduction-rate',
  source: { paper: 'sparse-kd', label: 'Introduction: O(1/n) rate', section: 'I' },
  declaredIn: import.meta.url,
  title: 'O(1/n) rates for n-stage distillation (introduction, contribution 3)',
  statement:
    'Section IX gives O(1/n) rates for n-stage distillation: E[ℓ(S_n)] − E[ℓ(T)] ≤ A/n for some A and all large n, whatever excess (21) allows.',
});
