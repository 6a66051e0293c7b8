import { join } from 'node:path';
import { writeFileAtomic } from '../../engine/atomic-write.js';
import { mutateOperator } from '../../mutation/analyse.js';
import { MUTATION_SCHEMA_VERSION, type MutationAnalysis, type MutationReport } from '../../engine/result/mutation.js';
import { resolveSubject } from '../../mutation/subject.js';
import { mutationSectionHtml } from '../../reports/html/mutation-section.js';
import { page } from '../../reports/html/page.js';
import { mutationSection } from '../../reports/mutation-markdown.js';
import { renderMutationSummary } from '../../reports/mutation-terminal.js';
import { EXIT } from '../exit-codes.js';
import { TOOL_VERSION } from '../version.js';

export interface MutateCommandOptions {
  seed: number;
  effort: number;
  maxMutants: number;
  /** Percent: below it the command exits 1. */
  threshold?: number;
  json?: string;
  out?: string;
  callTimeout: number;
}

/**
 * `kdaudit mutate <operator>`: how many one-slip mutants of an operator the axioms refute. Exit
 * codes: 2 usage or load error; 1 the score is below --threshold (or there is no score to compare);
 * 3 some mutant's run was cut short (timeout), so the score rests on fewer mutants; 0 otherwise.
 */
export async function runMutateCommand(target: string, opts: MutateCommandOptions): Promise<number> {
  const subject = resolveSubject(target);
  if ('error' in subject) {
    console.error(`kdaudit: cannot mutate ${target}: ${subject.error}`);
    return EXIT.usage;
  }
  const started = Date.now();
  let analysis: MutationAnalysis;
  try {
    analysis = await mutateOperator(target, {
      seed: opts.seed,
      effort: opts.effort,
      maxMutants: opts.maxMutants,
      callTimeoutMs: opts.callTimeout,
      onMutant: (m, done, total) => process.stderr.write(`[${done}/${total}] ${m.status.padEnd(10)} ${m.id}\n`),
    });
  } catch (e) {
    console.error(`kdaudit: cannot mutate ${target}: ${(e as Error).message}`);
    return EXIT.usage;
  }
  const report: MutationReport = {
    schemaVersion: MUTATION_SCHEMA_VERSION,
    tool: { name: 'kdaudit', version: TOOL_VERSION },
    seed: opts.seed,
    effort: opts.effort,
    analyses: [analysis],
  };
  if (opts.json) writeFileAtomic(opts.json, `${JSON.stringify(report, null, 2)}\n`);
  if (opts.out) {
    writeFileAtomic(
      join(opts.out, 'mutation.md'),
      `${['# kdaudit mutation analysis', '', ...mutationSection(analysis, '##')].join('\n')}\n`,
    );
    writeFileAtomic(
      join(opts.out, 'mutation.html'),
      page('kdaudit mutation analysis', `<h1>kdaudit mutation analysis</h1>\n${mutationSectionHtml(analysis)}`),
    );
  }
  process.stdout.write(renderMutationSummary(analysis));
  const seconds = (Date.now() - started) / 1000;
  const run = analysis.mutants.filter((m) => m.status !== 'no-coverage').length;
  process.stderr.write(`${run} mutants run in ${seconds.toFixed(1)} s (wall time: machine-dependent)\n`);
  return mutationExitCode(analysis, opts.threshold);
}

export function mutationExitCode(analysis: MutationAnalysis, threshold: number | undefined): number {
  if (threshold !== undefined && (analysis.score === null || 100 * analysis.score < threshold)) {
    const why =
      analysis.score === null
        ? 'no mutant was killed or survived, so there is no mutation score to compare with'
        : `the mutation score ${(100 * analysis.score).toFixed(1)}% is below`;
    console.error(`kdaudit: ${why} the threshold ${threshold}%`);
    return EXIT.refuted;
  }
  return analysis.counts.timeout > 0 ? EXIT.incomplete : EXIT.ok;
}
