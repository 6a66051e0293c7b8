import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../engine/atomic-write.js';
import type { Counterexample } from '../engine/verdicts.js';

/** A stored minimal counterexample: replayed before any search on later runs. */
export interface CorpusEntry<X = unknown> {
  schemaVersion: 1;
  check: string;
  operator: string;
  /** The instance in the domain's own exact form (weights and temperatures as strings). */
  instance: X;
  counterexample: Counterexample;
}

/** One JSON file per check × operator under `dir`. */
export class Corpus {
  constructor(readonly dir: string) {}

  pathFor(check: string, operator: string): string {
    const safe = (s: string) => s.replace(/[^A-Za-z0-9._-]+/g, '_');
    return join(this.dir, `${safe(check)}__${safe(operator)}.json`);
  }

  load<X>(check: string, operator: string): CorpusEntry<X> | undefined {
    const path = this.pathFor(check, operator);
    if (!existsSync(path)) return undefined;
    try {
      const entry = JSON.parse(readFileSync(path, 'utf8')) as CorpusEntry<X>;
      return entry.schemaVersion === 1 && entry.check === check && entry.operator === operator ? entry : undefined;
    } catch {
      return undefined; // an unreadable entry is replaced by the next counterexample found
    }
  }

  save<X>(entry: CorpusEntry<X>): string {
    const path = this.pathFor(entry.check, entry.operator);
    writeFileAtomic(path, JSON.stringify(entry, null, 2) + '\n');
    return path;
  }
}
