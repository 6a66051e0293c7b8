import { definePaper } from '../../engine/paper/index.js';
import { empiricalJft, empiricalMnist, empiricalSpeech } from './claims/empirical.js';
import { S1EntropyMonotone, S1TowardInfinity, S1TowardZero } from './claims/S1.js';
import { S2Asymptotic, S2EveryT } from './claims/S2.js';
import { S3 } from './claims/S3.js';
import { S4 } from './claims/S4.js';
import { S5Asymptotic, S5ExactVsApprox, S5Simplification } from './claims/S5.js';
import { S6EqualMeans, S6LimitField, S6WithoutCentring, S6ZeroMean } from './claims/S6.js';
import { S7Absolute, S7Relative, S7WhichDominates } from './claims/S7.js';
import {
  S8ArithmeticForKLpq,
  S8ArithmeticForKLqp,
  S8GeometricForKLpq,
  S8GeometricForKLqp,
  S8NoClosedForm,
  S8UnnormalisedGeometric,
} from './claims/S8.js';
import { manifest } from './manifest.js';

/** Hinton et al. (2015) in the registry: the manifest and every statement as claims, in paper order (readings together). */
export const paper = definePaper({
  manifest,
  claims: [
    S1EntropyMonotone,
    S1TowardInfinity,
    S1TowardZero,
    S2EveryT,
    S2Asymptotic,
    S3,
    S4,
    S5Simplification,
    S5ExactVsApprox,
    S5Asymptotic,
    S6ZeroMean,
    S6EqualMeans,
    S6WithoutCentring,
    S6LimitField,
    S7Absolute,
    S7Relative,
    S7WhichDominates,
    S8ArithmeticForKLpq,
    S8GeometricForKLqp,
    S8UnnormalisedGeometric,
    S8GeometricForKLpq,
    S8ArithmeticForKLqp,
    S8NoClosedForm,
    empiricalMnist,
    empiricalSpeech,
    empiricalJft,
  ],
});
