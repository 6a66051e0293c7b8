import { EXIT } from '../exit-codes.js';
import { assembleAudit } from '../parallel/assemble.js';
import { mergePartials } from '../parallel/partial.js';
import { writeReports, type AuditOptions } from './audit.js';

export type MergeOptions = Pick<AuditOptions, 'out' | 'junit' | 'html'>;

/**
 * `kdaudit merge out-1/ … out-n/`: the partial files of `kdaudit audit --shard i/n` as one audit,
 * its reports identical to an unsharded run's; a partial file that is malformed, of another audit,
 * or a unit missing or run twice is refused (exit 2) before anything is written.
 */
export async function runMerge(dirs: string[], opts: MergeOptions): Promise<number> {
  const merged = mergePartials(dirs);
  if (!merged.ok) {
    console.error(`kdaudit merge: ${merged.problem}`);
    return EXIT.usage;
  }
  return writeReports(assembleAudit(merged.config, merged.units, merged.results), opts);
}
