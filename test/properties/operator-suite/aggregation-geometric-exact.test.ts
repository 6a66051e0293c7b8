import { describePart } from './run-part.js';

describePart('aggregation, geometric pool, exact');
