import type { PaperManifest } from '../../engine/paper/index.js';

/**
 * Ensemble-KD (arXiv 2601.09165). Only the abstract and a summary are available, which number
 * nothing: the list is the abstract's statements in its order — the five axioms (checked on every
 * aggregation operator, each in every reading the text admits), existence and non-uniqueness, and
 * the operator-agnostic guarantees. Kept by hand from the abstract, independently of the claim files.
 */
export const manifest: PaperManifest = {
  id: 'ensemble-kd',
  title: 'Multi-Teacher Ensemble Distillation: A Mathematical Framework for Probability-Domain Knowledge Aggregation',
  authors: ['Aaron R. Flouro', 'Shawn P. Chadwick'],
  arxiv: '2601.09165',
  sections: [{ id: 'Abstract', title: 'Abstract (the full text is not available)' }],
  numbered: [
    { id: 'B1', where: 'Abstract: axiom of convexity (preservation)' },
    { id: 'B2', where: 'Abstract: axiom of positivity (inheritance)' },
    { id: 'B3', where: 'Abstract: axiom of weight monotonicity' },
    { id: 'B4', where: 'Abstract: axiom of continuity' },
    { id: 'B5', where: 'Abstract: axiom of temperature coherence' },
    { id: 'ensemble-kd/existence', where: 'Abstract: existence and non-uniqueness of conforming operator families' },
    { id: 'ensemble-kd/jensen', where: 'Abstract: Jensen-type bounds and log-loss guarantees' },
    { id: 'ensemble-kd/safety-attenuation', where: 'Abstract: safety attenuation' },
    { id: 'ensemble-kd/variance-reduction', where: 'Abstract: variance reduction, independent and correlated errors' },
    {
      id: 'ensemble-kd/bias-attenuation',
      where: 'Abstract: attenuation of systematic supervisory bias under heterogeneous teachers',
    },
  ],
};
