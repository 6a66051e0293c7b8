/**
 * Axioms B1–B5 of Ensemble-KD for aggregation operators. Only the paper's abstract and a summary
 * exist, so each axiom is encoded in every reading the summary admits, each a named variant.
 */
import type { AnyCheck } from '../engine/check.js';
import type { AggregationOperator } from '../engine/operators/aggregation.js';
import { B1Hull, B1HullSoftened, B1HullWeighted, B1Simplex } from './aggregation/b1-convexity.js';
import { B2AllPositive, B2AnyWeighted } from './aggregation/b2-positivity.js';
import {
  B3KL,
  B3KLSoftened,
  B3ReverseKL,
  B3ReverseKLSoftened,
  B3TV,
  B3TVSoftened,
} from './aggregation/b3-weight-monotonicity.js';
import { B4 } from './aggregation/b4-continuity.js';
import { B5Commutes, B5Reparametrised } from './aggregation/b5-temperature.js';

export const AGGREGATION_AXIOM_IDS = ['B1', 'B2', 'B3', 'B4', 'B5'] as const;

export const aggregationAxioms: ReadonlyArray<AnyCheck<AggregationOperator>> = [
  B1Simplex,
  B1Hull,
  B1HullWeighted,
  B1HullSoftened,
  B2AllPositive,
  B2AnyWeighted,
  B3KL,
  B3ReverseKL,
  B3TV,
  B3KLSoftened,
  B3ReverseKLSoftened,
  B3TVSoftened,
  B4,
  B5Commutes,
  B5Reparametrised,
];
