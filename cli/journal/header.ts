import { createHash } from 'node:crypto';
import { DEFAULT_CONTEXT } from '../../engine/context.js';
import type { AuditUnit } from '../parallel/units.js';
import type { Shard } from '../parallel/shard.js';
import { TOOL_VERSION } from '../version.js';

/** The journal of an audit run, beside its reports: `out/audit.jsonl`. */
export const JOURNAL_FILE = 'audit.jsonl';

/**
 * What a unit's result depends on, besides the unit: a journal resumes only a run with the same.
 * Left out on purpose: where the reports go and how the work is spread (--out, --junit, --workers),
 * and --budget, which only decides when a check is cut short — a unit cut short runs again on
 * resume, so a larger budget may finish it.
 */
export interface JournalRun {
  seed: number;
  effort: number;
  /** Digits of the certifying arithmetic. */
  precision: number;
  /** The corpus folder as given: replayed first, and named by every replay command. */
  corpus: string;
  shard?: Shard;
}

/** The first line of a journal. */
export interface JournalHeader {
  kind: 'kdaudit-journal';
  journalVersion: 1;
  tool: { name: 'kdaudit'; version: string };
  run: JournalRun;
  /** The run's units in report order: how many, and the SHA-256 of their JSON (the selection, --mutants included). */
  units: { count: number; sha256: string };
}

/** The header of this run's journal: its settings (the certifying precision is the engine's), its units. */
export function journalHeader(settings: Omit<JournalRun, 'precision'>, units: readonly AuditUnit[]): JournalHeader {
  const sha256 = createHash('sha256').update(JSON.stringify(units)).digest('hex');
  const run = { ...settings, precision: DEFAULT_CONTEXT.precision };
  return {
    kind: 'kdaudit-journal',
    journalVersion: 1,
    tool: { name: 'kdaudit', version: TOOL_VERSION },
    run,
    units: { count: units.length, sha256 },
  };
}

/**
 * Why a journal's first line does not belong to this run (one line, naming the first difference),
 * or undefined when it does: the same kind, version, tool version, run settings and unit list.
 */
export function headerMismatch(found: unknown, expected: JournalHeader): string | undefined {
  const h = (typeof found === 'object' && found !== null ? found : {}) as Partial<JournalHeader>;
  if (h.kind !== expected.kind) return 'its first line is not a kdaudit journal header';
  if (h.journalVersion !== expected.journalVersion)
    return `journal version ${JSON.stringify(h.journalVersion)}, this kdaudit writes ${expected.journalVersion}`;
  if (h.tool?.version !== expected.tool.version)
    return `written by kdaudit ${String(h.tool?.version)}, this is ${expected.tool.version}`;
  for (const field of ['seed', 'effort', 'precision', 'corpus', 'shard'] as const) {
    const [was, now] = [JSON.stringify(h.run?.[field]), JSON.stringify(expected.run[field])];
    if (was !== now) return `its ${field} is ${was ?? 'absent'}, this run's is ${now ?? 'absent'}`;
  }
  if (h.units?.count !== expected.units.count || h.units.sha256 !== expected.units.sha256) {
    return `its units differ (${String(h.units?.count)} units there, ${expected.units.count} here): not the same --operator, --statement or --mutants`;
  }
  return undefined;
}
