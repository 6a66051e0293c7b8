import { abstractRate } from '../../../properties/sparse-kd/abstract-rate.js';
import { describeRateClaim } from './rate-claims.js';

describeRateClaim(abstractRate);
