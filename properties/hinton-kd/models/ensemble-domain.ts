import * as fc from 'fast-check';
import { compareSize, type Domain } from '../../../engine/domains/domain.js';
import { arrayProblem, guarded, objectProblem } from '../../../engine/domains/validate.js';
import { describePoint } from '../../../engine/instance/weights.js';

/** M models' distributions over N classes and a competitor q, all of full support, as positive integer weights. */
export interface ModelsAndCompetitor {
  models: string[][];
  q: string[];
}

const weight = fc.integer({ min: 1, max: 9 }).map(String);
const MAX_N = 4;
const MAX_M = 3;

const total = (x: ModelsAndCompetitor) => [...x.models, x.q].flat().reduce((s, w) => s + Number(w), 0);
const size = (x: ModelsAndCompetitor) => [x.q.length, x.models.length, total(x)];

/**
 * Positive integer weights (KL(q, p^m) needs full support), shrinking toward N = 2 classes, M = 2
 * models and weights 1: fewer classes, fewer models, smaller weights.
 */
export const modelsDomain: Domain<ModelsAndCompetitor> = {
  arbitrary: fc.record({ N: fc.integer({ min: 2, max: MAX_N }), M: fc.integer({ min: 2, max: MAX_M }) }).chain(({ N, M }) =>
    fc.record({
      models: fc.array(fc.array(weight, { minLength: N, maxLength: N }), { minLength: M, maxLength: M }),
      q: fc.array(weight, { minLength: N, maxLength: N }),
    }),
  ),
  simplify(x) {
    const N = x.q.length;
    const dropClass =
      N > 2
        ? Array.from({ length: N }, (_, i) => ({
            models: x.models.map((p) => p.filter((_, j) => j !== i)),
            q: x.q.filter((_, j) => j !== i),
          }))
        : [];
    const dropModel = x.models.length > 2 ? x.models.map((_, m) => ({ ...x, models: x.models.filter((_, k) => k !== m) })) : [];
    const ones = [
      ...x.models.map((_, m) => ({ ...x, models: x.models.map((p, k) => (k === m ? p.map(() => '1') : p)) })),
      { ...x, q: x.q.map(() => '1') },
    ];
    const halved = [{ ...x, models: x.models.map((p) => p.map((w) => String(Math.max(1, Math.floor(Number(w) / 2))))) }];
    return [...dropClass, ...dropModel, ...ones, ...halved].filter((c) => compareSize(size(c), size(x)) < 0);
  },
  neighbours: () => [],
  size,
  describe: (x) => ({
    ...Object.fromEntries(x.models.map((p, m) => [`p${m + 1}`, describePoint(p).p])),
    q: describePoint(x.q).p,
  }),
  coverage: `M 2–${MAX_M} models over N 2–${MAX_N} classes and a competitor q, positive integer weights 1–9`,
  validate: guarded((x) => {
    const shape = objectProblem(x, ['models', 'q']);
    if (shape) return shape;
    const r = x as ModelsAndCompetitor;
    const problem = arrayProblem(r.models, 'models', 2, MAX_M, 'M') ?? arrayProblem(r.q, 'q', 2, MAX_N, 'N');
    if (problem) return problem;
    const rows = [...r.models, r.q];
    if (rows.some((p) => !Array.isArray(p) || p.length !== r.q.length)) return 'every model and q need the same N';
    return rows.flat().every((w) => typeof w === 'string' && /^[1-9]\d{0,5}$/.test(w))
      ? undefined
      : 'weights must be positive integers below 10^6';
  }),
};
