import { rateStatement } from '../models/convergence.js';

/** §III.C: "Homotopy convergence (Theorem IX.1): Multi-stage distillation achieves E[ℓ(S_n)] ≤ E[ℓ(T)] + O(1/n)". */
export const overviewRate = rateStatement({
  id: 'sparse-kd/overview-rate',
  source: { paper: 'sparse-kd', label: 'Technical overview: homotopy convergence O(1/n)', section: 'III' },
  declaredIn: import.meta.url,
  title: 'Multi-stage distillation achieves E[ℓ(S_n)] ≤ E[ℓ(T)] + O(1/n) (technical overview)',
  statement:
    'Theorem IX.1: multi-stage distillation achieves E[ℓ(S_n)] ≤ E[ℓ(T)] + O(1/n), i.e. the excess (21) allows is at most A/n for some A and all large n.',
});
