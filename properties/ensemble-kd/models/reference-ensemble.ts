import * as fc from 'fast-check';
import { compareSize, type Domain } from '../../../engine/domains/domain.js';
import { ensembleDomain, ensembleProblem, type Ensemble } from '../../../engine/domains/ensemble.js';
import { firstProblem, guarded, weightsProblem } from '../../../engine/domains/validate.js';
import { denominatorDigits, simplerWeights } from '../../../engine/domains/simplex.js';
import { TEMPERATURE_COVERAGE, temperatureArb } from '../../../engine/domains/temperature.js';
import { describePoint } from '../../../engine/instance/weights.js';

/** An ensemble and a reference distribution q* (the truth the teachers are biased versions of): bias_k = p_k − q*. */
export interface ReferencedEnsemble extends Ensemble {
  reference: string[];
}

const positive = (w: readonly string[]) => w.some((x) => /[1-9]/.test(x.split('e')[0]));
const entry = fc.oneof(
  { arbitrary: fc.constant('0'), weight: 1 },
  { arbitrary: fc.integer({ min: 1, max: 10 }).map(String), weight: 3 },
);
const teacherEntry = fc.oneof(
  { arbitrary: fc.constant('0'), weight: 2 },
  { arbitrary: fc.integer({ min: 1, max: 10 }).map(String), weight: 6 },
  { arbitrary: fc.integer({ min: 1, max: 1000 }).map(String), weight: 2 },
  { arbitrary: fc.constant('1e-300'), weight: 1 },
);

/** Small ensembles (the statements are pointwise; small V and K keep exact evaluation cheap). */
const smallEnsembleArb: fc.Arbitrary<Ensemble> = fc
  .tuple(fc.integer({ min: 2, max: 5 }), fc.integer({ min: 1, max: 3 }))
  .chain(([V, K]) =>
    fc.record({
      teachers: fc.array(fc.array(teacherEntry, { minLength: V, maxLength: V }).filter(positive), { minLength: K, maxLength: K }),
      w: fc.array(entry, { minLength: K, maxLength: K }).filter(positive),
      T: temperatureArb,
    }),
  );

/**
 * q* is a fresh point (zeros allowed), a vertex, or one of the teachers exactly (an unbiased
 * teacher: the hard place for "no worse than the worst teacher").
 */
const referenceFor = (x: Ensemble) => {
  const V = x.teachers[0].length;
  return fc.oneof(
    { arbitrary: fc.array(entry, { minLength: V, maxLength: V }).filter(positive), weight: 4 },
    { arbitrary: fc.integer({ min: 0, max: V - 1 }).map((i) => x.teachers[0].map((_, j) => (i === j ? '1' : '0'))), weight: 1 },
    { arbitrary: fc.integer({ min: 0, max: x.teachers.length - 1 }).map((k) => [...x.teachers[k]]), weight: 2 },
  );
};

const sameLength = (w: readonly string[]) => simplerWeights(w).filter((c) => c.length === w.length);
const size = (x: ReferencedEnsemble) => [...ensembleDomain.size(x), denominatorDigits(x.reference)];

/**
 * Ensembles with a reference q* of the same V. Simplification drops a coordinate from the teachers
 * and q* together, then simplifies the ensemble (same V) or q*, or sets q* to a teacher.
 */
export const referencedEnsembleDomain: Domain<ReferencedEnsemble> = {
  arbitrary: smallEnsembleArb.chain((x) => referenceFor(x).map((reference) => ({ ...x, reference }))),
  simplify(x) {
    const V = x.reference.length;
    const drop = (w: string[], i: number) => w.filter((_, j) => j !== i);
    const fewer =
      V > 2
        ? Array.from({ length: V }, (_, i) => ({
            ...x,
            teachers: x.teachers.map((t) => drop(t, i)),
            reference: drop(x.reference, i),
          }))
        : [];
    const own = size(x);
    return [
      ...fewer,
      ...ensembleDomain
        .simplify(x)
        .filter((c) => c.teachers[0].length === V)
        .map((c) => ({ ...c, reference: x.reference })),
      ...sameLength(x.reference).map((reference) => ({ ...x, reference })),
      ...x.teachers.map((t) => ({ ...x, reference: [...t] })),
    ].filter((c) => c.teachers.every(positive) && positive(c.reference) && positive(c.w) && compareSize(size(c), own) < 0);
  },
  neighbours: (x, scale, random) => ensembleDomain.neighbours(x, scale, random).map((c) => ({ ...c, reference: x.reference })),
  size,
  describe: (x) => ({ ...ensembleDomain.describe(x), 'q* (reference)': describePoint(x.reference).p ?? x.reference }),
  coverage: `K 1–3 teachers in Δ^V, V 2–5 (exact zeros, masses down to 1e-300), teacher weights with zeros; ${TEMPERATURE_COVERAGE}; reference q*: a fresh point (zeros allowed), a vertex, or one of the teachers`,
  validate: guarded((x) => {
    const r = x as ReferencedEnsemble;
    return firstProblem(
      () => ensembleProblem(x, ['reference'], { maxK: 3, maxV: 5 }),
      () => weightsProblem(r.reference, 'reference', r.teachers[0].length, r.teachers[0].length),
    );
  }),
};
