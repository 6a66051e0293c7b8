import { checkKey } from '../../engine/check.js';
import type { CheckResult } from '../../engine/verdicts.js';
import { anchor } from '../markdown-text.js';

/** Element ids, the same as the Markdown report's anchors so links can be shared between the two. */
export const resultAnchor = (operator: string, r: CheckResult) => anchor(operator, checkKey(r));
export const operatorAnchor = (operator: string) => anchor('operator', operator);
