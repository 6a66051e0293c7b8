import { DEFAULT_CONTEXT } from '../../../engine/context.js';
import type { RunOptions } from '../../../engine/run-check.js';

/** The run options `audit` uses, for evaluating a step or a helper of a claim on its own. */
export const RUN: RunOptions = { ctx: DEFAULT_CONTEXT, seed: 7, budgetMs: 30_000, effort: 1, replayCommand: () => 'replay' };
