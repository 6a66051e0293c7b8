import { validateAgainst } from '../../engine/result/read-json.js';
import { resultProblem } from '../parallel/partial.js';
import { unitRunSchema } from '../parallel/partial-schema.js';
import type { UnitResult } from '../parallel/run-unit.js';
import type { AuditUnit } from '../parallel/units.js';

/** A line of the journal after the header: one finished unit, by key, and its result. */
export interface JournalEntry {
  unit: string;
  result: UnitResult;
}

/**
 * The one check of a journal line (parsed JSON) before its result is used: it names a unit of this
 * run, its result is of the schema of that unit's kind (the same as a shard's results,
 * partial-schema.ts) and is the result of that very unit. Returns why not, or the unit and entry.
 */
export function checkJournalEntry(
  value: unknown,
  units: ReadonlyMap<string, AuditUnit>,
): { problem: string } | { unit: AuditUnit; entry: JournalEntry } {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { problem: 'not a JSON object' };
  const { unit: key, result } = value as Partial<JournalEntry>;
  if (typeof key !== 'string') return { problem: 'field "unit" is missing or not a string' };
  const unit = units.get(key);
  if (!unit) return { problem: `${key} is not a unit of this run` };
  const checked = validateAgainst(unitRunSchema, { unit, result });
  if ('problem' in checked) return checked;
  const problem = resultProblem(checked.value);
  return problem ? { problem: `result: ${problem}` } : { unit, entry: { unit: key, result: checked.value.result } };
}
