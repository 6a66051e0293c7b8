import type { StatementClaim } from '../../../engine/statement/claim.js';
import { convexMixingClamped } from '../../../operators/softening/convex-mixing.js';
import { findSofteningOperator } from '../../../operators/softening/index.js';
import { power } from '../../../operators/softening/power.js';
import { hybrid } from '../models/hybrid.js';
import { equivalentPairs } from '../models/kd-equivalence.js';
import { oneHotStudents, topOnePlusUniformStudents } from '../models/student-classes.js';

/** Natural families only (no operator built to be equivalent). */
const natural = [power, convexMixingClamped, hybrid, findSofteningOperator('power-class/exp(x/T)')!];

/**
 * Remark X.3: "for practical student classes (finite-capacity neural networks), the equivalence
 * relation is non-trivial … limited flexibility in operator choice". The class is not specified, so
 * no instance can refute it; what the concrete classes of Theorem X.2 show is reported: the same
 * natural families are all equivalent on one class and pairwise inequivalent on another.
 */
export const remarkX3: StatementClaim = {
  id: 'sparse-kd/remark-X.3',
  source: { paper: 'sparse-kd', label: 'Remark X.3', section: 'X' },
  declaredIn: import.meta.url,
  title: 'Practical implication of KD-equivalence',
  statement:
    'For practical student classes (finite-capacity neural networks) the KD-equivalence relation is non-trivial, giving limited flexibility in operator choice, constrained by the student architecture.',
  assumptions: ['"practical student classes (finite-capacity neural networks)": not specified'],
  dependsOn: ['sparse-kd/definition-X.1', 'sparse-kd/theorem-X.2'],
  evaluate(run) {
    const on = [oneHotStudents, topOnePlusUniformStudents].map((S) => equivalentPairs(S, natural, run));
    const summary = on.map((o) => ('detail' in o ? o.detail : '').split('; pairs with')[0]).join(' — ');
    return {
      kind: 'no-proposition',
      detail: `No concrete class is named, so no instance can test the remark. On concrete classes, among natural families: ${summary}. How much flexibility there is depends entirely on the class, from every rank-preserving family to none.`,
    };
  },
};
