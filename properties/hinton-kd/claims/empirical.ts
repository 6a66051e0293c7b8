import type { StatementClaim } from '../../../engine/statement/claim.js';
import { hintonSource } from '../models/statement-meta.js';

/**
 * The paper's measurements (§3 MNIST, §4 speech, §5 JFT specialists): error rates and frame
 * accuracies of trained networks. No instance of a mathematical domain can confirm or contradict
 * them; each is a claim with no truth value for a checker, and says why.
 */
const measurement = (variant: string, section: string, what: string): StatementClaim => ({
  id: 'hinton-kd/empirical',
  variant,
  source: hintonSource('Empirical results', section),
  declaredIn: import.meta.url,
  title: `Empirical: ${what}`,
  statement: what,
  assumptions: ['the paper’s datasets, architectures and training runs'],
  dependsOn: [],
  evaluate: () => ({
    kind: 'no-proposition',
    detail: `A measurement of trained networks (${what}): checking it needs the data, the networks and the training, not arithmetic on logits. Not checkable here.`,
  }),
});

export const empiricalMnist = measurement(
  'mnist',
  '3',
  'MNIST: the distilled net’s test errors, with and without the transfer set’s digit 3',
);
export const empiricalSpeech = measurement(
  'speech',
  '4',
  'speech recognition: a distilled single model keeps most of the ensemble’s gain in frame accuracy and WER',
);
export const empiricalJft = measurement(
  'jft',
  '5',
  'JFT: specialists improve test accuracy, more with more specialists covering a class',
);
