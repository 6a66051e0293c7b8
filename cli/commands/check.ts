import { aggregationAxioms } from '../../axioms/aggregation.js';
import { softeningAxioms, softeningChecksUpTo } from '../../axioms/softening.js';
import { auditOperator } from '../../engine/audit-operator.js';
import { writeFileAtomic } from '../../engine/atomic-write.js';
import type { CheckResult } from '../../engine/verdicts.js';
import { renderCheckJson } from '../../reports/json.js';
import { renderCheckJunit } from '../../reports/junit.js';
import { renderCheckSummary } from '../../reports/terminal.js';
import { EXIT, exitCodeOf } from '../exit-codes.js';
import { Corpus, type CorpusEntry, type Saved } from '../../engine/counterexamples/corpus.js';
import { loadPlugin } from '../../plugin/load.js';
import { progressReporter } from '../progress.js';
import { runConfig, runOptions, type CommonOptions } from '../run-options.js';
import { TOOL_VERSION } from '../version.js';

export interface CheckOptions extends CommonOptions {
  json?: string;
  junit?: string;
  callTimeout: number;
  /** MB; the bridge's default when absent */
  memoryLimit?: number;
  /** --max-V: the largest V the softening checks reach; absent, A0–A5 as they are (V ≤ 1200). */
  maxV?: number;
}

/** `kdaudit check <module>` (a softening operator against A0–A5, an aggregation operator against each reading of B1–B5); exit codes: cli/exit-codes.ts. */
export async function runCheckCommand(module: string, opts: CheckOptions): Promise<number> {
  const loaded = loadPlugin(module, { callTimeoutMs: opts.callTimeout, memoryLimitMb: opts.memoryLimit });
  if (!loaded.ok) {
    console.error(`kdaudit: cannot check ${module}: ${loaded.error}`);
    return EXIT.usage;
  }
  const op = loaded.operator;
  try {
    const progress = progressReporter(1);
    progress.start(op.name);
    const options = runOptions(opts, (file) =>
      file ? `npx kdaudit replay ${file} --plugin ${module}` : `npx kdaudit check ${module} --seed ${opts.seed}`,
    );
    const corpus = new ReportingCorpus(opts.corpus);
    const onResult = (r: CheckResult) => {
      progress.result(op.name, r);
      corpus.reportWritten();
    };
    const run = { ...options, corpus, onResult };
    const softening = opts.maxV === undefined ? softeningAxioms : softeningChecksUpTo(opts.maxV);
    const audit = op.kind === 'softening' ? auditOperator(op, softening, run) : auditOperator(op, aggregationAxioms, run);
    const pluginFindings = op.findings();
    if (pluginFindings.length) audit.results[0].findings.push(...pluginFindings);
    if (opts.json)
      writeFileAtomic(
        opts.json,
        renderCheckJson(audit, { tool: { name: 'kdaudit', version: TOOL_VERSION }, config: runConfig(opts) }),
      );
    if (opts.junit) writeFileAtomic(opts.junit, renderCheckJunit(audit));
    process.stdout.write(renderCheckSummary(audit));
    return exitCodeOf(audit.results);
  } finally {
    op.close();
  }
}

/** The corpus of a check, which says on stderr where each counterexample it stored went, after the result line naming it. */
class ReportingCorpus extends Corpus {
  private written: string[] = [];

  override save<X>(entry: CorpusEntry<X>): Saved {
    const saved = super.save(entry);
    if ('path' in saved) this.written.push(saved.path);
    return saved;
  }

  reportWritten(): void {
    for (const path of this.written.splice(0)) process.stderr.write(`    counterexample stored in ${path}\n`);
  }
}
