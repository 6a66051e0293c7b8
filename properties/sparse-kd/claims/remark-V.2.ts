import { universalStatement } from '../../../engine/statement/universal.js';
import { conformanceCandidates, conformanceCheck } from '../models/conformance.js';
import { constructionFamilies } from './theorem-V.3.js';

/**
 * Remark V.2: "the existence of multiple conforming operators (entropy projection, power
 * transforms, convex mixing) provides implementation flexibility … with the subsequent theoretical
 * guarantees applying to all". Checkable: that the three named families conform (A0–A5). Whether
 * §VII–IX apply to them is what those sections' claims check.
 */
export const remarkV2 = universalStatement(
  {
    id: 'sparse-kd/remark-V.2',
    source: { paper: 'sparse-kd', label: 'Remark V.2', section: 'V' },
    declaredIn: import.meta.url,
    title: 'Non-uniqueness implication: the three named families conform',
    statement:
      'Entropy projection, power transforms and convex mixing are conforming operators (Axioms 1–5), so practitioners may choose among them.',
    assumptions: ['families: entropy projection, p^(1/T), convex mixing with α = min(1, 1/T)', 'p ∈ Δ^V', 'T > 0'],
    dependsOn: ['sparse-kd/theorem-V.1', 'sparse-kd/construction-1', 'sparse-kd/construction-2', 'sparse-kd/construction-3'],
  },
  conformanceCheck({ id: 'sparse-kd/remark-V.2', operators: constructionFamilies, runs: 150 }),
  conformanceCandidates,
);
