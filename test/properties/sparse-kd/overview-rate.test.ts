import { overviewRate } from '../../../properties/sparse-kd/claims/overview-rate.js';
import { describeRateClaim } from './rate-claims.js';

describeRateClaim(overviewRate);
