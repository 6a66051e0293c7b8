import type { PaperManifest } from '../../engine/paper/index.js';

/** Hinton, Vinyals & Dean (2015): the paper, its sections and its list of checkable statements (../shared/papers/hinton-kd-1503.02531-claims.md). */
export const manifest: PaperManifest = {
  id: 'hinton-kd',
  title: 'Distilling the Knowledge in a Neural Network',
  authors: ['G. Hinton', 'O. Vinyals', 'J. Dean'],
  arxiv: '1503.02531',
  sections: [
    { id: '1', title: 'Introduction' },
    { id: '2', title: 'Distillation' },
    { id: '2.1', title: 'Matching logits is a special case of distillation' },
    { id: '3', title: 'Preliminary experiments on MNIST' },
    { id: '4', title: 'Experiments on speech recognition' },
    { id: '5', title: 'Training ensembles of specialists on very big datasets' },
    { id: '6', title: 'Soft targets as regularizers' },
    { id: '7', title: 'Relationship to mixtures of experts' },
    { id: '8', title: 'Discussion' },
  ],
  /** The paper's own list of checkable statements, in paper order (ids of claims). */
  numbered: [
    { id: 'hinton-kd/S1', where: '§2, softness' },
    { id: 'hinton-kd/S2', where: '§2, gradient scale 1/T²' },
    { id: 'hinton-kd/S3', where: '§2.1, Eq. 2' },
    { id: 'hinton-kd/S4', where: '§2.1, Eq. 3' },
    { id: 'hinton-kd/S5', where: '§2.1, Eq. 4' },
    { id: 'hinton-kd/S6', where: '§2.1, matching logits' },
    { id: 'hinton-kd/S7', where: '§2.1, low temperature' },
    { id: 'hinton-kd/S8', where: '§5, combining specialists (Eq. 5)' },
    { id: 'hinton-kd/empirical', where: '§3–5, measurements' },
  ],
};
