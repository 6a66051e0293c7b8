import { rateStatement } from '../models/convergence.js';

/** §XII, contribution 6: "Convergence guarantees: Unified framework achieves E[ℓ(S)] ≤ E[ℓ(T)] + O(1/n)". */
export const conclusionRate = rateStatement({
  id: 'sparse-kd/conclusion-rate',
  source: { paper: 'sparse-kd', label: 'Conclusion: O(1/n) rate', section: 'XII' },
  declaredIn: import.meta.url,
  title: 'The unified framework achieves E[ℓ(S)] ≤ E[ℓ(T)] + O(1/n) (conclusion)',
  statement:
    'The unified framework achieves E[ℓ(S)] ≤ E[ℓ(T)] + O(1/n) for the n-stage student S, i.e. the excess (21) allows is at most A/n for some A and all large n.',
});
