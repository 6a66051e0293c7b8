import { readFileSync } from 'node:fs';

/**
 * cli/parallel/unit-costs.json: measured seconds per unit (refresh: bench/unit-costs.ts). Only the
 * ratios matter — they balance shards and weight progress — so a table measured at a lower effort
 * still serves runs at any effort, if less faithfully.
 */
export interface CostTable {
  /** How and when the table was measured. */
  measured: string;
  /** The --effort of the measurement (1 for a faithful table). */
  effort: number;
  /** Seconds for a unit the table does not know (a new operator or statement) until the table is refreshed. */
  defaultSeconds: number;
  /** Seconds at that effort, by unit key (units.ts). */
  seconds: Record<string, number>;
}

export const COST_TABLE_FILE = new URL('./unit-costs.json', import.meta.url);

export function loadCostTable(): CostTable {
  return JSON.parse(readFileSync(COST_TABLE_FILE, 'utf8')) as CostTable;
}

/** A unit's expected cost: what only balances work and weights progress, never what a result depends on. */
export function costOf(table: CostTable, key: string): number {
  return table.seconds[key] ?? table.defaultSeconds;
}
