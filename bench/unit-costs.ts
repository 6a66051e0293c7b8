/**
 * Refreshes cli/parallel/unit-costs.json, the cost table that balances `kdaudit audit --shard i/n`
 * and weights its progress: every unit of the default audit, one after another in this thread, on a
 * copy of the committed corpus (as a fresh checkout's audit would replay it; the copy keeps new
 * counterexamples out of the repository). Run it on a quiet machine after adding or changing
 * operators or statements:
 *
 *   node --import tsx bench/unit-costs.ts               # effort 1: as long as the full audit on one core
 *   node --import tsx bench/unit-costs.ts --effort 0.1  # quicker, and less faithful: fixed costs weigh more
 *
 * Costs only balance work and weight progress, so only their ratios matter; no result depends on them.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { COST_TABLE_FILE, type CostTable } from '../cli/parallel/costs.js';
import { runUnit } from '../cli/parallel/run-unit.js';
import { auditUnits, unitKey } from '../cli/parallel/units.js';
import { AUDIT_MAX_MUTANTS } from '../mutation/audit-bounds.js';

const effortArg = process.argv.indexOf('--effort');
const effort = effortArg > 0 ? Number(process.argv[effortArg + 1]) : 1;
if (!(effort > 0)) throw new Error('--effort must be a positive number');

const corpus = mkdtempSync(join(tmpdir(), 'kdaudit-costs-'));
cpSync('counterexamples/corpus', corpus, { recursive: true });
const seconds: Record<string, number> = {};
try {
  for (const unit of auditUnits({ statements: true, mutants: AUDIT_MAX_MUTANTS })) {
    const started = performance.now();
    await runUnit(unit, { seed: 42, effort, budget: 600, corpus }, () => {});
    seconds[unitKey(unit)] = Math.round(performance.now() - started) / 1000;
    console.log(`${unitKey(unit).padEnd(64)} ${seconds[unitKey(unit)].toFixed(2)} s`);
  }
} finally {
  rmSync(corpus, { recursive: true, force: true });
}
const values = Object.values(seconds).sort((a, b) => a - b);
const table: CostTable = {
  measured: `bench/unit-costs.ts --effort ${effort} on ${new Date().toISOString().slice(0, 10)}, one unit at a time in one thread`,
  effort,
  // the median: a new unit is most likely an ordinary one
  defaultSeconds: values[Math.floor(values.length / 2)],
  seconds,
};
writeFileSync(COST_TABLE_FILE, JSON.stringify(table, null, 2) + '\n');
console.log(
  `total ${values.reduce((a, b) => a + b, 0).toFixed(0)} s at effort ${effort}, written to ${COST_TABLE_FILE.pathname}`,
);
