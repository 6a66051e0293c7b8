import { unitHandler } from './run-units.js';
import { runUnit } from './run-unit.js';

/** A pool worker of the audit: runs one unit, sending its progress lines back as text. */
export default unitHandler(runUnit);
