import type { AggregationOperator } from '../operators/aggregation.js';
import type { SofteningOperator } from '../operators/softening.js';
import type { EntropyCurve } from '../result/model.js';
import { describePoint, probabilities, tieGroups } from '../instance/weights.js';
import { float64 } from '../num/index.js';
import { entropy } from './entropy.js';

/**
 * The data of the HTML report's entropy plots. Renderers are pure, so the operator is run here,
 * when the audit is built: float64 is enough for a picture (the verdicts rest on the checks).
 */

/** T = 10^(k/10), k = −30…30: three decades either side of T = 1, where the built-in families move. */
const TEMPERATURES = Array.from({ length: 61 }, (_, k) => 10 ** ((k - 30) / 10));

/** Off the simplex by more than this, an output has no entropy to plot. */
const TOLERANCE = 1e-9;

/** One input of each kind the axioms treat apart, all with V = 4 so they share the T → ∞ limit. */
const POINTS = [
  { label: 'interior', w: ['4', '3', '2', '1'] },
  { label: 'with zeros', w: ['3', '2', '0', '0'] },
  { label: 'with ties', w: ['2', '2', '1', '1'] },
];

/** H(F_T(p)) for an interior p, a p with zeros and a p with tied maxima; limits from Axiom 5. */
export function softeningCurves(op: SofteningOperator): EntropyCurve[] {
  return POINTS.map(({ label, w }) => {
    const p = probabilities(float64, w);
    return {
      label,
      input: describePoint(w),
      points: sample((T) => op.apply(float64, p, T)),
      limits: {
        zero: Math.log(tieGroups(w).at(-1)!.length),
        infinity: Math.log(w.length),
        reference: 'Axiom 5: one-hot on the maxima as T → 0⁺, uniform as T → ∞',
      },
    };
  });
}

/** Two teachers, V = 4: overlapping, with disjoint zeros, and opposed with unequal weights. */
const ENSEMBLES = [
  { label: 'interior teachers', p1: ['4', '3', '2', '1'], p2: ['1', '4', '3', '2'], w: ['1', '1'] },
  { label: 'teachers with zeros', p1: ['3', '2', '1', '0'], p2: ['0', '1', '4', '1'], w: ['1', '1'] },
  { label: 'opposed teachers, unequal weights', p1: ['4', '3', '2', '1'], p2: ['1', '2', '3', '4'], w: ['1', '3'] },
];

/**
 * H(A(p1, p2; w, T)). Axiom B5 (read as commuting with the power transform) asks for
 * F_T(A(p; w, 1)), whose entropy tends to log(#maxima) as T → 0⁺ and log(#support) as T → ∞.
 */
export function aggregationCurves(op: AggregationOperator): EntropyCurve[] {
  return ENSEMBLES.map(({ label, p1, p2, w }) => {
    const teachers = [p1, p2].map((t) => probabilities(float64, t));
    const weights = probabilities(float64, w);
    const atOne = op.apply(float64, teachers, weights, 1);
    const top = Math.max(...atOne);
    return {
      label,
      input: { p1: describePoint(p1).p, p2: describePoint(p2).p, w: describePoint(w).p },
      points: sample((T) => op.apply(float64, teachers, weights, T)),
      limits: {
        zero: Math.log(atOne.filter((x) => x >= top * (1 - TOLERANCE)).length),
        infinity: Math.log(atOne.filter((x) => x > 0).length),
        reference: 'Axiom B5 (commutes): the power transform of A(p; w, 1)',
      },
    };
  });
}

function sample(F: (T: number) => number[]): Array<[number, number | null]> {
  return TEMPERATURES.map((T) => [round(T), entropyOf(F, T)]);
}

/** The entropy of F(T), or null when F throws or its output is not a probability vector. */
function entropyOf(F: (T: number) => number[], T: number): number | null {
  let q: number[];
  try {
    q = F(T);
  } catch {
    return null;
  }
  const valid = q.every((x) => Number.isFinite(x) && x >= -TOLERANCE) && Math.abs(float64.sum(q) - 1) <= TOLERANCE;
  return valid ? round(Math.max(0, entropy(float64, q))) : null;
}

/** Six significant digits keep the JSON small and are more than a plot can show. */
const round = (x: number) => Number(x.toPrecision(6));
