import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../../engine/atomic-write.js';
import type { AuditConfig } from '../../engine/result/model.js';
import { TOOL_VERSION } from '../version.js';
import type { UnitResult } from './run-unit.js';
import type { Shard } from './shard.js';
import { auditUnits, unitKey, type AuditUnit } from './units.js';

/** What `kdaudit audit --shard i/n` writes in its --out folder instead of reports. */
export const PARTIAL_FILE = 'audit.partial.json';

/** One shard's share of an audit: enough for `kdaudit merge` to check it belongs and to rebuild the reports. */
export interface PartialAudit {
  kind: 'kdaudit-partial';
  schemaVersion: 1;
  tool: { name: 'kdaudit'; version: string };
  config: AuditConfig;
  /** Not part of AuditConfig, but results depend on it: shards of different efforts do not merge. */
  effort: number;
  shard: Shard;
  /** Every unit of the whole audit by key, in report order: what the shards together must cover, each exactly once. */
  units: string[];
  /** This shard's units and their results, in report order. */
  results: Array<{ unit: AuditUnit; result: UnitResult }>;
}

export function writePartial(dir: string, partial: PartialAudit): string {
  const path = join(dir, PARTIAL_FILE);
  writeFileAtomic(path, JSON.stringify(partial, null, 2) + '\n');
  return path;
}

/** The shards' partial files as one audit's units and results, in report order, or the first problem found (one line). */
export type Merged = { ok: true; config: AuditConfig; units: AuditUnit[]; results: UnitResult[] } | { ok: false; problem: string };

export function mergePartials(dirs: readonly string[]): Merged {
  const partials: Array<{ dir: string; partial: PartialAudit }> = [];
  for (const dir of dirs) {
    const read = readPartial(join(dir, PARTIAL_FILE));
    if ('problem' in read) return { ok: false, problem: `${join(dir, PARTIAL_FILE)}: ${read.problem}` };
    partials.push({ dir, partial: read.partial });
  }
  const [first, ...others] = partials;
  const same = (p: PartialAudit, field: 'config' | 'effort' | 'units') => JSON.stringify(p[field]) === JSON.stringify(first.partial[field]);
  for (const { dir, partial } of others) {
    for (const field of ['config', 'effort', 'units'] as const) {
      if (!same(partial, field)) return { ok: false, problem: `${dir} is a shard of a different audit than ${first.dir} (its ${field} differs)` };
    }
    if (partial.shard.count !== first.partial.shard.count) {
      return { ok: false, problem: `${dir} is shard ${shardName(partial.shard)}, ${first.dir} is ${shardName(first.partial.shard)}: not one split` };
    }
  }
  const whereRun = new Map<string, { dir: string; unit: AuditUnit; result: UnitResult }>();
  for (const { dir, partial } of partials) {
    for (const { unit, result } of partial.results) {
      const key = unitKey(unit);
      if (!first.partial.units.includes(key)) return { ok: false, problem: `${dir} holds ${key}, which is not one of the audit's units` };
      const earlier = whereRun.get(key);
      if (earlier) return { ok: false, problem: `${key} was run twice, in ${earlier.dir} and in ${dir} (a shard given twice?)` };
      whereRun.set(key, { dir, unit, result });
    }
  }
  const missing = first.partial.units.filter((key) => !whereRun.has(key));
  if (missing.length) {
    const given = partials.map((p) => shardName(p.partial.shard)).join(', ');
    return { ok: false, problem: `${missing.length} unit(s) in no shard given (${given}), e.g. ${missing[0]}: a shard is missing` };
  }
  const merged = first.partial.units.map((key) => whereRun.get(key)!);
  return { ok: true, config: first.partial.config, units: merged.map((m) => m.unit), results: merged.map((m) => m.result) };
}

const shardName = (shard: Shard) => `${shard.index}/${shard.count}`;

/** Read and validate one partial file's shape; its units must be units of this kdaudit, its version this version. */
function readPartial(path: string): { partial: PartialAudit } | { problem: string } {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    return { problem: `cannot be read as JSON (${e instanceof Error ? e.message.split('\n')[0] : String(e)})` };
  }
  const p = raw as Partial<PartialAudit> | null;
  if (typeof p !== 'object' || p === null || p.kind !== 'kdaudit-partial') return { problem: 'not a kdaudit partial audit' };
  if (p.schemaVersion !== 1) return { problem: `unknown schemaVersion ${JSON.stringify(p.schemaVersion)} (expected 1)` };
  if (p.tool?.version !== TOOL_VERSION) return { problem: `written by kdaudit ${String(p.tool?.version)}, this is ${TOOL_VERSION}` };
  const config = p.config as Partial<AuditConfig> | undefined;
  if (typeof config?.seed !== 'number' || typeof config.budgetMs !== 'number' || typeof config.precision !== 'number' || typeof config.command !== 'string') {
    return { problem: 'the config is missing or incomplete' };
  }
  if (typeof p.effort !== 'number') return { problem: 'the effort is missing' };
  if (!Number.isSafeInteger(p.shard?.index) || !Number.isSafeInteger(p.shard?.count)) return { problem: 'the shard is missing' };
  if (!Array.isArray(p.units) || !p.units.every((u) => typeof u === 'string')) return { problem: 'the list of units is missing' };
  const known = new Set(auditUnits({ statements: true, mutants: 1 }).map(unitKey));
  const unknown = p.units.find((key) => !known.has(key));
  if (unknown !== undefined) return { problem: `unknown unit ${unknown}` };
  if (!Array.isArray(p.results)) return { problem: 'the results are missing' };
  const bad = p.results.findIndex((r) => resultProblem(r) !== undefined);
  if (bad >= 0) return { problem: `result ${bad + 1}: ${resultProblem(p.results[bad])}` };
  return { partial: p as PartialAudit };
}

/** A result entry must name its unit and hold a result for that unit (also checks each line of the journal, cli/journal/entry.ts). */
export function resultProblem(entry: unknown): string | undefined {
  const { unit, result } = (entry ?? {}) as { unit?: Partial<AuditUnit> & Record<string, unknown>; result?: Record<string, unknown> };
  if (typeof result !== 'object' || result === null) return 'no result';
  if (unit?.kind === 'softening' || unit?.kind === 'aggregation') {
    return result.operator === unit.operator && Array.isArray(result.results) ? undefined : `not the result of ${String(unit.operator)}`;
  }
  if (unit?.kind === 'mutation') {
    return result.mutationOf === unit.operator && (typeof result.analysis === 'object' || typeof result.failure === 'string') ? undefined : `not the mutation analysis of ${String(unit.operator)}`;
  }
  if (unit?.kind === 'statement') {
    return result.id === unit.id && result.variant === unit.variant && Array.isArray(result.obligations) ? undefined : `not the result of ${String(unit.id)}`;
  }
  return 'no unit';
}
