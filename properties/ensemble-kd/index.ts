/**
 * Ensemble-KD's operator-agnostic guarantees, as claims checked on every aggregation operator:
 * Jensen-type bounds, safety attenuation, variance reduction under independent and under
 * correlated errors (exact, on two-point teachers), and bias attenuation against a reference q*.
 */
import type { Check } from '../../engine/check.js';
import type { AggregationOperator } from '../../engine/operators/aggregation.js';
import { biasHeterogeneous, biasWeightedL2, biasWeightedTV, biasWorstTeacher } from './claims/bias-attenuation.js';
import { jensenLogLoss, jensenSquared } from './claims/jensen.js';
import { safetyWeighted, safetyWorstTeacher } from './claims/safety-attenuation.js';
import { varianceAveraged, varianceClassical } from './claims/variance-reduction.js';
import { varianceCorrelatedClassical, varianceCorrelatedSingleTeacher } from './models/variance-correlated.js';

export const ensembleGuarantees: ReadonlyArray<Check<any, AggregationOperator>> = [
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
];
