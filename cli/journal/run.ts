import { join } from 'node:path';
import { EXIT } from '../exit-codes.js';
import { runUnit, unitFailure, type UnitResult, type UnitSettings } from '../parallel/run-unit.js';
import { runUnits } from '../parallel/run-units.js';
import { mostExpensiveFirst } from '../parallel/shard.js';
import { unitKey, unitLabel, type AuditUnit } from '../parallel/units.js';
import { auditProgress } from '../progress.js';
import { JournalAppender } from './append.js';
import { JOURNAL_FILE, type JournalHeader } from './header.js';
import { exitCodeOfSignal, onStopSignal, resumeCommand } from './interrupt.js';
import { readJournalFile } from './read.js';

export interface JournaledRunOptions {
  /** The run's units in report order, and the expected work of each (the cost table). */
  units: readonly AuditUnit[];
  costs: readonly number[];
  /** The folder of the reports, where the journal goes. */
  out: string;
  /** Continue the journal there instead of starting a new one. */
  resume: boolean;
  header: JournalHeader;
  workers: number;
  settings: UnitSettings;
  /** The command's arguments, to print the command that resumes the run. */
  args: readonly string[];
  /** The audits' pool workers (see run-units.ts). */
  boot: URL;
  entry: URL;
}

/** The results of every unit in report order, or the exit code of a run that cannot go on. */
export type JournaledRun = { ok: true; results: UnitResult[] } | { ok: false; code: number };

const say = (line: string) => process.stderr.write(`${line}\n`);

/**
 * Runs the units not already in the journal, appending each result as its unit finishes, with
 * progress on stderr. Every result used — run now or read back — is the one the journal holds, so
 * a resumed run assembles the same audit as an uninterrupted one. A SIGINT or SIGTERM while units
 * run on workers stops the run at once, saying what is kept and how to resume (exit 128 + signal).
 */
export async function runJournaled(o: JournaledRunOptions): Promise<JournaledRun> {
  const path = join(o.out, JOURNAL_FILE);
  const resume = o.resume ? readJournalFile(path, o.header, o.units) : undefined;
  if (resume && !resume.ok) {
    say(`kdaudit audit --resume: ${path}: ${resume.problem}`);
    return { ok: false, code: EXIT.usage };
  }
  const finished = new Map<number, UnitResult>();
  if (resume) {
    for (const line of resume.ignored) say(`kdaudit audit --resume: ${path}, ${line}: ignored`);
    // a unit the time budget cut short is not finished: it runs again (with a larger --budget, if given)
    for (const [k, result] of resume.finished) if (!cutShort(result)) finished.set(k, result);
    say(
      `Resuming: ${finished.size} of ${o.units.length} units finished in ${path}; running the other ${o.units.length - finished.size}`,
    );
  }
  const journal = resume ? JournalAppender.resume(path, resume.wholeBytes) : JournalAppender.create(path, o.header);
  say(`Journal: ${path} (each unit's result as it finishes; if the run stops, continue it with: ${resumeCommand(o.args)})`);
  const remaining = o.units.map((_, k) => k).filter((k) => !finished.has(k));
  const place = new Map(o.units.map((unit, k) => [unit, k]));
  const progress = auditProgress({ names: o.units.map(unitLabel), costs: o.costs, finished: new Set(finished.keys()) });
  const stopSignals =
    o.workers > 1
      ? onStopSignal((signal) => {
          progress.stop();
          journal.close();
          say(
            `kdaudit audit: stopped by ${signal} with ${finished.size} of ${o.units.length} units finished, kept in ${path}; continue with: ${resumeCommand(o.args)}`,
          );
          process.exit(exitCodeOfSignal(signal));
        })
      : () => {};
  try {
    await runUnits(
      remaining.map((k) => o.units[k]),
      {
        workers: o.workers,
        boot: o.boot,
        entry: o.entry,
        run: runUnit,
        context: o.settings,
        failed: unitFailure,
        // the most expensive units first, so that no long one starts last and runs alone
        submitOrder: mostExpensiveFirst(remaining.map((k) => o.costs[k])),
        onStart: (unit) => progress.start(place.get(unit)!),
        onMessage: (_, line) => progress.line(String(line)),
        onFinish: (unit, result) => {
          const k = place.get(unit)!;
          const line = journal.append({ unit: unitKey(unit), result });
          finished.set(k, (JSON.parse(line) as { result: UnitResult }).result);
          progress.finish(k);
        },
      },
    );
  } finally {
    stopSignals();
    progress.stop();
    journal.close();
  }
  const results = o.units.map((_, k) => finished.get(k)!);
  const short = results.filter(cutShort).length;
  if (short)
    say(
      `${short} unit(s) cut short by the time budget (--budget), marked incomplete; ${resumeCommand(o.args)} runs them again (a larger --budget is allowed)`,
    );
  return { ok: true, results };
}

/** Whether the time budget cut any of a unit's checks short. */
function cutShort(result: UnitResult): boolean {
  if ('results' in result) return result.results.some((r) => r.incomplete !== undefined);
  return 'incomplete' in result && result.incomplete !== undefined;
}
