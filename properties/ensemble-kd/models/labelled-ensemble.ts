import * as fc from 'fast-check';
import type { Domain } from '../../../engine/domains/domain.js';
import { ensembleArb, ensembleDomain, ensembleProblem, type Ensemble } from '../../../engine/domains/ensemble.js';
import { arrayProblem, firstProblem, guarded, integerProblem } from '../../../engine/domains/validate.js';

/** An ensemble and a set of marked coordinates: the true label {y}, or an unsafe token set S. */
export interface MarkedEnsemble extends Ensemble {
  marked: number[];
}

/**
 * Ensembles with marked coordinates, `count` of them at most. Simplification keeps V (the marks
 * index coordinates) and may drop teachers or simplify numbers.
 */
export function markedEnsembleDomain(what: string, count: { min: number; max: number }): Domain<MarkedEnsemble> {
  return {
    arbitrary: ensembleArb.chain((x) =>
      fc
        .uniqueArray(fc.integer({ min: 0, max: x.teachers[0].length - 1 }), {
          minLength: count.min,
          maxLength: Math.min(count.max, x.teachers[0].length),
        })
        .map((marked) => ({ ...x, marked: marked.sort((a, b) => a - b) })),
    ),
    simplify: (x) =>
      ensembleDomain
        .simplify(x)
        .filter((c) => c.teachers[0].length === x.teachers[0].length)
        .map((c) => ({ ...c, marked: x.marked })),
    neighbours: (x, scale, random) => ensembleDomain.neighbours(x, scale, random).map((c) => ({ ...c, marked: x.marked })),
    size: (x) => [...ensembleDomain.size(x), x.marked.length],
    describe: (x) => ({ ...ensembleDomain.describe(x), [what]: x.marked.map((i) => String(i + 1)) }),
    coverage: `${ensembleDomain.coverage}; ${what}: ${count.min}–${count.max} coordinates`,
    // the marks: distinct coordinates in increasing order, count.min…min(count.max, V) of them
    validate: guarded((x) => {
      const m = x as MarkedEnsemble;
      const V = () => m.teachers[0].length;
      return firstProblem(
        () => ensembleProblem(x, ['marked']),
        () => arrayProblem(m.marked, `marked (${what})`, count.min, Math.min(count.max, V())),
        () =>
          m.marked
            .map((i, j) => integerProblem(i, `marked[${j}]`, j === 0 ? 0 : m.marked[j - 1] + 1, V() - 1))
            .find((p) => p !== undefined),
      );
    }),
  };
}
