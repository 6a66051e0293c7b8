import { rateStatement } from '../models/convergence.js';

/** The abstract: "convergence guarantees establishing O(1/n) rates for n-stage distillation with explicit parameter dependence". */
export const abstractRate = rateStatement({
  id: 'sparse-kd/abstract-rate',
  source: { paper: 'sparse-kd', label: 'Abstract: O(1/n) rate', section: 'Abstract' },
  declaredIn: import.meta.url,
  title: 'Convergence guarantees establishing O(1/n) rates (abstract)',
  statement:
    'The convergence guarantee (Theorem IX.1) establishes an O(1/n) rate for n-stage distillation: E[ℓ(S_n)] − E[ℓ(T)] ≤ A/n for some A and all large n, whatever excess (21) allows.',
});
