import { join } from 'node:path';
import { writeFileAtomic } from '../../engine/atomic-write.js';
import { familyOperators, paperIds, statementClaims } from '../../properties/registry.js';
import { renderAuditJson } from '../../reports/json.js';
import { renderHtml } from '../../reports/html/index.js';
import { renderJunit } from '../../reports/junit.js';
import { renderMarkdown } from '../../reports/markdown.js';
import { allOperators, type Audit } from '../../engine/result/model.js';
import { summarize } from '../../reports/summarize.js';
import { renderTerminalSummary } from '../../reports/terminal.js';
import { EXIT, exitCodeOf } from '../exit-codes.js';
import { assembleAudit } from '../parallel/assemble.js';
import { costOf, loadCostTable } from '../parallel/costs.js';
import { writePartial } from '../parallel/partial.js';
import { recordedCommand } from '../parallel/recorded-command.js';
import type { UnitSettings } from '../parallel/run-unit.js';
import { assignShards, type Shard } from '../parallel/shard.js';
import { auditUnits, unitKey } from '../parallel/units.js';
import { journalHeader } from '../journal/header.js';
import { runJournaled } from '../journal/run.js';
import { auditConfig, type CommonOptions } from '../run-options.js';
import { TOOL_VERSION } from '../version.js';

export interface AuditOptions extends CommonOptions {
  out: string;
  /** Only these papers (--paper, repeatable or comma-separated). */
  paper?: string[];
  operator?: string[];
  /** Run the papers' numbered statements (commander's --no-statements sets it false). */
  statements: boolean;
  /** Only these statement ids. */
  statement?: string[];
  /** Also write JUnit XML here. */
  junit?: string;
  /** Write audit.html beside audit.md (commander's --no-html sets it false). */
  html: boolean;
  /** Worker threads; 1 runs every unit in this thread. */
  workers: number;
  /** Run only this slice of the units and write a partial file for `kdaudit merge` instead of reports. */
  shard?: Shard;
  /** Mutants per audited operator in the mutation analysis (0: none). */
  mutants: number;
  /** Continue the run recorded in --out's journal (audit.jsonl): only the units not finished there run. */
  resume?: boolean;
}

/** The audit's workers: a plain JavaScript boot that registers tsx, then the TypeScript unit runner. */
const WORKER_BOOT = new URL('../parallel/worker-boot.mjs', import.meta.url);
// as this module runs: TypeScript from the sources (tsx), JavaScript compiled (dist/)
const WORKER_ENTRY = new URL(
  import.meta.url.endsWith('.ts') ? '../parallel/unit-worker.ts' : '../parallel/unit-worker.js',
  import.meta.url,
);

/**
 * The main job, from the registry of papers (all, or those of --paper): every operator of a family
 * against the papers' axioms and guarantees on it (softening against A0–A5, aggregation against
 * each reading of B1–B5 and Ensemble-KD's guarantees), and every statement, as independent units on --workers threads; reports written once, at the end,
 * atomically, from the results in unit order — the same bytes whatever the number of workers.
 */
export async function runAudit(opts: AuditOptions): Promise<number> {
  const papers = opts.paper
    ?.flatMap((p) => p.split(','))
    .map((p) => p.trim())
    .filter(Boolean);
  const unknownPapers = (papers ?? []).filter((id) => !paperIds().includes(id));
  if (unknownPapers.length) {
    console.error(`kdaudit: unknown paper ${unknownPapers.join(', ')}; known: ${paperIds().join(', ')}`);
    return EXIT.usage;
  }
  const known = [...familyOperators('softening'), ...familyOperators('aggregation')].map((op) => op.name);
  const unknown = (opts.operator ?? []).filter((n) => !known.includes(n));
  if (unknown.length) {
    console.error(`kdaudit: unknown operator ${unknown.join(', ')}; known: ${known.join(', ')}`);
    return EXIT.usage;
  }
  const statementIds = statementClaims().map((c) => c.id);
  const unknownStatements = (opts.statement ?? []).filter((id) => !statementIds.includes(id));
  if (unknownStatements.length) {
    console.error(`kdaudit: unknown statement ${unknownStatements.join(', ')}; see kdaudit list`);
    return EXIT.usage;
  }
  const all = auditUnits({ ...opts, paper: papers });
  const table = loadCostTable();
  const allCosts = all.map((unit) => costOf(table, unitKey(unit)));
  const shardOf = opts.shard ? assignShards(allCosts, opts.shard.count) : undefined;
  const isMine = (_: unknown, k: number) => !shardOf || shardOf[k] === opts.shard!.index - 1;
  const [mine, costs] = [all.filter(isMine), allCosts.filter(isMine)];
  const settings: UnitSettings = { seed: opts.seed, effort: opts.effort, budget: opts.budget, corpus: opts.corpus };
  const header = journalHeader(
    { seed: opts.seed, effort: opts.effort, corpus: opts.corpus, ...(opts.shard ? { shard: opts.shard } : {}) },
    mine,
  );
  const args = process.argv.slice(2);
  const run = await runJournaled({
    units: mine,
    costs,
    out: opts.out,
    resume: opts.resume ?? false,
    header,
    workers: opts.workers,
    settings,
    args,
    boot: WORKER_BOOT,
    entry: WORKER_ENTRY,
  });
  if (!run.ok) return run.code;
  const { results } = run;
  const config = { ...auditConfig(opts), command: recordedCommand(process.argv.slice(2)) };
  if (opts.shard) {
    const path = writePartial(opts.out, {
      kind: 'kdaudit-partial',
      schemaVersion: 1,
      tool: { name: 'kdaudit', version: TOOL_VERSION },
      config,
      effort: opts.effort,
      shard: opts.shard,
      units: all.map(unitKey),
      results: mine.map((unit, k) => ({ unit, result: results[k] })),
    });
    const { index, count } = opts.shard;
    process.stdout.write(
      `Shard ${index}/${count}: ${mine.length} of ${all.length} units, written to ${path}; verdicts and reports: kdaudit merge\n`,
    );
    // the audit's verdict is the merge's: a shard that ran its units and wrote them has succeeded
    return EXIT.ok;
  }
  return writeReports(assembleAudit(config, mine, results), opts);
}

/** Write the reports of a finished audit (run here or merged from shards) and print its summary; the exit code of its verdicts. */
export async function writeReports(audit: Audit, opts: Pick<AuditOptions, 'out' | 'junit' | 'html'>): Promise<number> {
  const summary = summarize(audit);
  writeFileAtomic(join(opts.out, 'audit.json'), renderAuditJson(audit));
  writeFileAtomic(join(opts.out, 'audit.md'), renderMarkdown(audit, summary));
  if (opts.junit) writeFileAtomic(opts.junit, renderJunit(audit));
  if (opts.html) writeFileAtomic(join(opts.out, 'audit.html'), await renderHtml(audit, summary));
  process.stdout.write(renderTerminalSummary(audit, summary));
  process.stdout.write(
    `Reports: ${[join(opts.out, 'audit.md'), join(opts.out, 'audit.json'), ...(opts.html ? [join(opts.out, 'audit.html')] : []), ...(opts.junit ? [opts.junit] : [])].join(', ')}\n`,
  );
  return exitCodeOf([...allOperators(audit).flatMap((op) => op.results), ...(audit.statements ?? [])]);
}
