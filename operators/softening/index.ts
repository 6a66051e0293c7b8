/** The registry of built-in softening operators: every family of Sparse-KD §V and each named variant. */
import { convexMixingClamped, convexMixingExponential, convexMixingExtrapolated } from './convex-mixing.js';
import { entropyProjectionDefault } from './entropy-projection.js';
import { power } from './power.js';
import { powerClassOperators } from './power-class.js';
import type { SofteningOperator } from '../../engine/operators/softening.js';

export type { SofteningOperator, Exactness } from '../../engine/operators/softening.js';
export { powerTransform } from './power.js';
export { phiFunctions, type Phi } from './power-class.js';
export { entropyProjection, defaultSchedule, type EntropySchedule } from './entropy-projection.js';

export const softeningOperators: readonly SofteningOperator[] = [
  power,
  entropyProjectionDefault,
  ...powerClassOperators,
  convexMixingClamped,
  convexMixingExtrapolated,
  convexMixingExponential,
];

export function findSofteningOperator(name: string): SofteningOperator | undefined {
  return softeningOperators.find((op) => op.name === name);
}
