import { introductionRate } from '../../../properties/sparse-kd/introduction-rate.js';
import { describeRateClaim } from './rate-claims.js';

describeRateClaim(introductionRate);
