import { describePart } from './run-part.js';

describePart('softening, float64 only');
