import { intervalNum } from '../../../engine/num/index.js';
import { probabilities } from '../../../engine/instance/weights.js';
import type { StatementClaim } from '../../../engine/statement/claim.js';
import type { StatementOutcome } from '../../../engine/statement/outcome.js';
import { powerTransform } from '../../../operators/softening/power.js';
import { maxEntropy, renormalisation, zipfTail, type Completion } from '../models/top-k-completions.js';
import { completionErrorTable } from '../models/top-k-errors.js';
import { completionProperties } from '../models/top-k-properties.js';

const assumptions = [
  'the API returns the k largest probabilities q_(1) ≥ … ≥ q_(k) of p ∈ Δ^V',
  'Σ_{i≤k} q_(i) < 1',
  'V known',
  'F_T = power scaling p^(1/T)/Σ',
];

/** Two points of Δ^4 with the same top 2, (1/2, 1/4); they differ in how the unseen 1/4 is split. */
const SAME_TOP_TWO = [
  ['8', '4', '2', '2'],
  ['16', '8', '6', '2'],
] as const;

/**
 * Whether F_T of the full distribution is determined by the top k: at T, the two points above are
 * softened by interval arithmetic and their first coordinates compared. A witness when the
 * enclosures are disjoint (then p^(1/T) of the visible tokens depends on the unseen tail).
 */
export function underdetermination(T: string): StatementOutcome {
  const I = intervalNum(50);
  const [a, b] = SAME_TOP_TWO.map((w) => powerTransform(I, probabilities(I, w), I.of(T))[0]);
  const gap = I.sub(a, b);
  const separated = I.lt(gap, I.of(0)) === true || I.lt(I.of(0), gap) === true;
  const detail = `F_${T}(p)_1 ∈ [${I.bounds(a)
    .map((v) => v.slice(0, 12))
    .join(', ')}] for p = (1/2, 1/4, 1/8, 1/8) and ∈ [${I.bounds(b)
    .map((v) => v.slice(0, 12))
    .join(', ')}] for p′ = (1/2, 1/4, 3/16, 1/16): both have top 2 = (1/2, 1/4), missing mass 1/4.`;
  return separated
    ? {
        kind: 'witness',
        witness: `p = (1/2, 1/4, 1/8, 1/8), p′ = (1/2, 1/4, 3/16, 1/16), k = 2, T = ${T}`,
        verifiedBy: 'exact',
        detail: `${detail} The enclosures are disjoint: the softened visible probabilities depend on the unseen tail.`,
      }
    : {
        kind: 'witness',
        verifiedBy: 'exact',
        detail: `${detail} The enclosures overlap: no dependence on the tail shown at T = ${T}.`,
      };
}

/**
 * "the power-scaling operator p^(1/T) cannot be directly applied to the missing mass": the softened
 * probabilities even of the visible tokens depend on how the unseen mass is split, so the top k
 * does not determine F_T(p) (T ≠ 1). An existence statement, settled by an exactly verified pair.
 */
export const topKIICUnderdetermined: StatementClaim = {
  id: 'sparse-kd/top-k-II.C',
  variant: 'underdetermined',
  source: { paper: 'sparse-kd', label: '§II.C: top-k truncated distributions', section: 'II' },
  declaredIn: import.meta.url,
  title: 'Top-k probabilities do not determine p^(1/T)',
  statement: 'There are p, p′ ∈ Δ^V with the same top k (Σ < 1) and F_T(p)_i ≠ F_T(p′)_i for a visible token i.',
  assumptions,
  dependsOn: ['sparse-kd/equivalence-II'],
  evaluate: () => underdetermination('2'),
};

/**
 * One §II.C approach as an executable operator on truncated inputs. The paper only names it, so the
 * claim has no truth value ('no-proposition'); its evidence is the measured error against the full
 * distribution as k shrinks, and its obligations are the softening axioms read on the top-k input.
 */
function completionParts(
  completion: Completion,
  label: string,
): Omit<StatementClaim, 'id' | 'variant' | 'source' | 'declaredIn' | 'title'> {
  return {
    statement: `§II.C names ${label} (${completion.description}) as an alternative for top-k inputs, without claiming a property; checked: the softening axioms for power scaling after the completion, and its error against the full distribution.`,
    assumptions,
    dependsOn: ['sparse-kd/definition-IV.1'],
    obligations: completionProperties(completion),
    evaluate: () => ({
      kind: 'no-proposition',
      detail: `A named approach, not a proposition. ${completionErrorTable(completion)}`,
    }),
  };
}

export const topKIICZipfTail: StatementClaim = {
  id: 'sparse-kd/top-k-II.C',
  variant: 'zipf-tail',
  source: { paper: 'sparse-kd', label: '§II.C: top-k truncated distributions', section: 'II' },
  declaredIn: import.meta.url,
  title: 'Top-k completion by tail modelling (Zipf)',
  ...completionParts(zipfTail, 'tail modelling (Zipf)'),
};

export const topKIICRenormalisation: StatementClaim = {
  id: 'sparse-kd/top-k-II.C',
  variant: 'renormalisation',
  source: { paper: 'sparse-kd', label: '§II.C: top-k truncated distributions', section: 'II' },
  declaredIn: import.meta.url,
  title: 'Top-k completion by renormalisation',
  ...completionParts(renormalisation, 'renormalisation'),
};

export const topKIICMaxEntropy: StatementClaim = {
  id: 'sparse-kd/top-k-II.C',
  variant: 'max-entropy',
  source: { paper: 'sparse-kd', label: '§II.C: top-k truncated distributions', section: 'II' },
  declaredIn: import.meta.url,
  title: 'Top-k completion by entropy matching (maximum-entropy completion)',
  ...completionParts(maxEntropy, 'entropy matching (maximum-entropy completion)'),
};
