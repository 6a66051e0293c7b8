import { conclusionRate } from '../../../properties/sparse-kd/conclusion-rate.js';
import { describeRateClaim } from './rate-claims.js';

describeRateClaim(conclusionRate);
