import { resultProblem } from '../parallel/partial.js';
import type { UnitResult } from '../parallel/run-unit.js';
import type { AuditUnit } from '../parallel/units.js';

/** A line of the journal after the header: one finished unit, by key, and its result. */
export interface JournalEntry {
  unit: string;
  result: UnitResult;
}

/**
 * The one check of a journal line (parsed JSON) before its result is used: it names a unit of this
 * run and holds a result of that unit's shape. Returns why not, or the unit and entry. (When
 * engine/result publishes a schema for unit results, it replaces the shape check here.)
 */
export function checkJournalEntry(value: unknown, units: ReadonlyMap<string, AuditUnit>): { problem: string } | { unit: AuditUnit; entry: JournalEntry } {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { problem: 'not a JSON object' };
  const { unit: key, result } = value as Partial<JournalEntry>;
  if (typeof key !== 'string') return { problem: 'field "unit" is missing or not a string' };
  const unit = units.get(key);
  if (!unit) return { problem: `${key} is not a unit of this run` };
  const problem = resultProblem({ unit, result });
  return problem ? { problem: `field "result": ${problem}` } : { unit, entry: value as JournalEntry };
}
