import { describePart } from './run-part.js';

describePart('softening, with applyExact');
