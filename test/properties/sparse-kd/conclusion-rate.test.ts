import { conclusionRate } from '../../../properties/sparse-kd/claims/conclusion-rate.js';
import { describeRateClaim } from './rate-claims.js';

describeRateClaim(conclusionRate);
