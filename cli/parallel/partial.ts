import { join } from 'node:path';
import { writeFileAtomic } from '../../engine/atomic-write.js';
import type { AuditConfig } from '../../engine/result/model.js';
import { readJsonFile } from '../../engine/result/read-json.js';
import { TOOL_VERSION } from '../version.js';
import { partialAuditSchema, type PartialAudit } from './partial-schema.js';
import type { UnitResult } from './run-unit.js';
import type { Shard } from './shard.js';
import { auditUnits, unitKey, type AuditUnit } from './units.js';

export type { PartialAudit } from './partial-schema.js';

/** What `kdaudit audit --shard i/n` writes in its --out folder instead of reports. */
export const PARTIAL_FILE = 'audit.partial.json';

/**
 * A partial file holds a whole shard's results (a few MB for the default audit); one far larger
 * is not one kdaudit wrote, and is refused before it is parsed.
 */
const MAX_PARTIAL_BYTES = 256 * 1024 * 1024;

/** A partial file as the audit puts it together: each unit beside its result (the schema pairs their kinds). */
export type PartialToWrite = Omit<PartialAudit, 'results'> & { results: Array<{ unit: AuditUnit; result: UnitResult }> };

export function writePartial(dir: string, partial: PartialToWrite): string {
  const path = join(dir, PARTIAL_FILE);
  writeFileAtomic(path, JSON.stringify(partial, null, 2) + '\n');
  return path;
}

/** The shards' partial files as one audit's units and results, in report order, or the first problem found (one line). */
export type Merged =
  { ok: true; config: AuditConfig; units: AuditUnit[]; results: UnitResult[] } | { ok: false; problem: string };

export function mergePartials(dirs: readonly string[]): Merged {
  const partials: Array<{ dir: string; partial: PartialAudit }> = [];
  for (const dir of dirs) {
    const read = readPartial(join(dir, PARTIAL_FILE));
    if ('problem' in read) return { ok: false, problem: `${join(dir, PARTIAL_FILE)}: ${read.problem}` };
    partials.push({ dir, partial: read.partial });
  }
  const [first, ...others] = partials;
  const same = (p: PartialAudit, field: 'config' | 'effort' | 'units') =>
    JSON.stringify(p[field]) === JSON.stringify(first.partial[field]);
  for (const { dir, partial } of others) {
    for (const field of ['config', 'effort', 'units'] as const) {
      if (!same(partial, field))
        return { ok: false, problem: `${dir} is a shard of a different audit than ${first.dir} (its ${field} differs)` };
    }
    if (partial.shard.count !== first.partial.shard.count) {
      return {
        ok: false,
        problem: `${dir} is shard ${shardName(partial.shard)}, ${first.dir} is ${shardName(first.partial.shard)}: not one split`,
      };
    }
  }
  const whereRun = new Map<string, { dir: string; unit: AuditUnit; result: UnitResult }>();
  for (const { dir, partial } of partials) {
    for (const { unit, result } of partial.results) {
      const key = unitKey(unit);
      if (!first.partial.units.includes(key))
        return { ok: false, problem: `${dir} holds ${key}, which is not one of the audit's units` };
      const earlier = whereRun.get(key);
      if (earlier) return { ok: false, problem: `${key} was run twice, in ${earlier.dir} and in ${dir} (a shard given twice?)` };
      whereRun.set(key, { dir, unit, result });
    }
  }
  const missing = first.partial.units.filter((key) => !whereRun.has(key));
  if (missing.length) {
    const given = partials.map((p) => shardName(p.partial.shard)).join(', ');
    return {
      ok: false,
      problem: `${missing.length} unit(s) in no shard given (${given}), e.g. ${missing[0]}: a shard is missing`,
    };
  }
  const merged = first.partial.units.map((key) => whereRun.get(key)!);
  return { ok: true, config: first.partial.config, units: merged.map((m) => m.unit), results: merged.map((m) => m.result) };
}

const shardName = (shard: Shard) => `${shard.index}/${shard.count}`;

/**
 * Read one partial file and validate it against its schema (partial-schema.ts: a problem names the
 * field, `results[3].result.evidence.seed: expected an integer`), then what a schema cannot say:
 * this kdaudit's version, units of this kdaudit, each result the result of its unit.
 */
function readPartial(path: string): { partial: PartialAudit } | { problem: string } {
  const read = readJsonFile(path, partialAuditSchema, MAX_PARTIAL_BYTES);
  if ('problem' in read) return read;
  const p = read.value;
  if (p.tool.version !== TOOL_VERSION) return { problem: `written by kdaudit ${p.tool.version}, this is ${TOOL_VERSION}` };
  if (p.effort !== p.config.effort) return { problem: `effort: ${p.effort} differs from config.effort ${p.config.effort}` };
  const known = new Set(auditUnits({ statements: true, mutants: 1 }).map(unitKey));
  const unknown = p.units.find((key) => !known.has(key));
  if (unknown !== undefined) return { problem: `unknown unit ${unknown}` };
  const bad = p.results.findIndex((r) => resultProblem(r) !== undefined);
  if (bad >= 0) return { problem: `results[${bad}]: ${resultProblem(p.results[bad])}` };
  return { partial: p };
}

/** A result must be the result of its unit: the same operator, or the same statement and reading (also each line of the journal, cli/journal/entry.ts). */
export function resultProblem({ unit, result }: PartialAudit['results'][number]): string | undefined {
  if (unit.kind === 'mutation')
    return 'mutationOf' in result && result.mutationOf === unit.operator && (result.analysis || result.failure !== undefined)
      ? undefined
      : `not the mutation analysis of ${unit.operator}`;
  if (unit.kind === 'statement')
    return 'obligations' in result && result.id === unit.id && result.variant === unit.variant
      ? undefined
      : `not the result of ${unit.id}`;
  return 'results' in result && result.operator === unit.operator ? undefined : `not the result of ${unit.operator}`;
}
