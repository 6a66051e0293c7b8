/**
 * Ensemble-KD's operator-agnostic guarantees that are pointwise statements, as claims checked on
 * every aggregation operator. (Variance reduction and bias attenuation, statements about random
 * teacher errors, are not encoded yet.)
 */
import type { Check } from '../../engine/check.js';
import type { AggregationOperator } from '../../operators/aggregation/types.js';
import { jensenLogLoss, jensenSquared } from './jensen.js';
import { safetyWeighted, safetyWorstTeacher } from './safety.js';

export const ensembleGuarantees: ReadonlyArray<Check<any, AggregationOperator>> = [jensenSquared, jensenLogLoss, safetyWeighted, safetyWorstTeacher];
