import { Corpus } from '../engine/counterexamples/corpus.js';
import { DEFAULT_CONTEXT } from '../engine/context.js';
import type { OperatorRunOptions } from '../engine/audit-operator.js';
import type { AuditConfig, RunConfig } from '../engine/result/model.js';

export interface CommonOptions {
  seed: number;
  effort: number;
  budget: number;
  corpus: string;
}

/** Engine options and the recorded configuration, from the parsed command line. */
export function runOptions(opts: CommonOptions, replay: (file: string | undefined) => string): OperatorRunOptions {
  return {
    ctx: DEFAULT_CONTEXT,
    seed: opts.seed,
    effort: opts.effort,
    budgetMs: opts.budget * 1000,
    corpus: new Corpus(opts.corpus),
    replayCommand: replay,
  };
}

/** What the results of a run depend on besides the code (recorded in every JSON output). */
export function runConfig(opts: CommonOptions): RunConfig {
  return { seed: opts.seed, effort: opts.effort, budgetMs: opts.budget * 1000, precision: DEFAULT_CONTEXT.precision };
}

export function auditConfig(opts: CommonOptions): AuditConfig {
  return { ...runConfig(opts), command: ['kdaudit', ...process.argv.slice(2)].join(' ') };
}
