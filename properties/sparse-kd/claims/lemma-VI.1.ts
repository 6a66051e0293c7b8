import { symbolicIdentity } from '../../../engine/statement/symbolic.js';
import { universalStatement } from '../../../engine/statement/universal.js';
import { softeningOperators } from '../../../operators/softening/index.js';
import { shiftInvarianceCheck } from '../models/shift-invariance.js';

// Closed-form families only: entropy projection solves an equation per call, which at 50 digits
// costs seconds per certification and adds nothing here — the lemma holds for any function of p.
const closedForm = softeningOperators.filter((op) => op.name !== 'entropy-projection');

/** Shift-invariance as an identity mathjs can simplify: with A_i = e^{z_i} and K = e^c, softmax(z + c)_1 = softmax(z)_1. */
const shiftIdentity = (V: number) => {
  const A = Array.from({ length: V }, (_, i) => `A${i + 1}`);
  return symbolicIdentity(`A1*K/(${A.map((a) => `${a}*K`).join('+')})`, `A1/(${A.join('+')})`, [...A, 'K']);
};

/**
 * Lemma VI.1: F_T(softmax(z)) = F_T(softmax(z + c·1)). Checked on the closed-form operator families
 * (the lemma is about any F_T, conforming or not: its proof uses only that F_T is a function of p),
 * with logits up to ±1000, where float64 softmax in the form of eq. (1) overflows.
 */
export const lemmaVI1 = universalStatement(
  {
    id: 'sparse-kd/lemma-VI.1',
    source: { paper: 'sparse-kd', label: 'Lemma VI.1', section: 'VI' },
    declaredIn: import.meta.url,
    title: 'Shift-invariance',
    statement: 'For F_T in F_1–5 and logits z′ = z + c·1: F_T(softmax(z)) = F_T(softmax(z′)).',
    assumptions: ['F_T ∈ F_1–5 (the proof uses only that F_T is a function of p)', 'c ∈ ℝ'],
    dependsOn: ['sparse-kd/definition-IV.1'],
    obligations: [
      {
        step: 'softmax(z) = softmax(z′)',
        text: 'exp(z_i + c)/Σ_j exp(z_j + c) = exp(z_i)/Σ_j exp(z_j): e^c cancels (checked symbolically for V = 2, 3, 4; the cancellation is the same for every V)',
        evaluate: () => [2, 3, 4].map(shiftIdentity).find((o) => o.kind !== 'derived' || o.counterexample) ?? shiftIdentity(4),
      },
    ],
  },
  shiftInvarianceCheck('sparse-kd/lemma-VI.1', closedForm, 150),
);
