import { introductionRate } from '../../../properties/sparse-kd/claims/introduction-rate.js';
import { describeRateClaim } from './rate-claims.js';

describeRateClaim(introductionRate);
