import { aggregationAxioms } from '../../axioms/aggregation.js';
import { definePaper, operatorClaims } from '../../engine/paper/index.js';
import { aggregationOperators } from '../../operators/aggregation/index.js';
import { biasHeterogeneous, biasWeightedL2, biasWeightedTV, biasWorstTeacher } from './claims/bias-attenuation.js';
import { existence } from './claims/existence.js';
import { jensenLogLoss, jensenSquared } from './claims/jensen.js';
import { safetyWeighted, safetyWorstTeacher } from './claims/safety-attenuation.js';
import {
  varianceAveraged,
  varianceClassical,
  varianceCorrelatedClassical,
  varianceCorrelatedSingleTeacher,
} from './claims/variance-reduction.js';
import { manifest } from './manifest.js';

/**
 * Ensemble-KD's operator-agnostic guarantees, checked on every aggregation operator: Jensen-type
 * bounds, safety attenuation, variance reduction under independent and under correlated errors
 * (exact, on two-point teachers), and bias attenuation against a reference q*.
 */
const guarantees = operatorClaims('aggregation', 'guarantee', [
  jensenSquared,
  jensenLogLoss,
  safetyWeighted,
  safetyWorstTeacher,
  varianceClassical,
  varianceAveraged,
  varianceCorrelatedClassical,
  varianceCorrelatedSingleTeacher,
  biasWeightedTV,
  biasWeightedL2,
  biasWorstTeacher,
  biasHeterogeneous,
]);

/** Ensemble-KD in the registry: the pools checked against each reading of B1–B5, then the guarantees; existence settled from both. */
export const paper = definePaper({
  manifest,
  claims: [...operatorClaims('aggregation', 'axiom', aggregationAxioms), ...guarantees, existence],
  operators: { aggregation: aggregationOperators },
});
