import { overviewRate } from '../../../properties/sparse-kd/overview-rate.js';
import { describeRateClaim } from './rate-claims.js';

describeRateClaim(overviewRate);
