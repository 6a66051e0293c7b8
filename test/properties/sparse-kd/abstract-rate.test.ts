import { abstractRate } from '../../../properties/sparse-kd/claims/abstract-rate.js';
import { describeRateClaim } from './rate-claims.js';

describeRateClaim(abstractRate);
