import { describePart } from './run-part.js';

describePart('aggregation, defective');
