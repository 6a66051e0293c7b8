import { readFileSync } from 'node:fs';
import type { UnitResult } from '../parallel/run-unit.js';
import { unitKey, type AuditUnit } from '../parallel/units.js';
import { checkJournalEntry } from './entry.js';
import { headerMismatch, type JournalHeader } from './header.js';

/** A journal read back for --resume. */
export type ReadJournal =
  | {
      ok: true;
      /** Results of the finished units, by index into the run's units. */
      finished: Map<number, UnitResult>;
      /** Lines not trusted (malformed, of no unit, repeated, cut off), each with its 1-based number and why: their units run again. */
      ignored: string[];
      /** Bytes up to the end of the last whole line: appending resumes there (a cut-off tail is dropped). */
      wholeBytes: number;
    }
  | { ok: false; problem: string };

/**
 * Reads a journal (the header line, then one line per finished unit) against this run's header and
 * units. A header that does not match refuses the journal (one line: why); each later line is
 * checked on its own (checkJournalEntry) and, when it fails — malformed, cut off by the
 * interruption (no newline at its end), or a unit already given — is ignored and named by its line
 * number, so its unit runs again; a result is never taken from a line that did not pass.
 */
export function readJournal(bytes: Buffer, expected: JournalHeader, units: readonly AuditUnit[]): ReadJournal {
  // in bytes, not characters: a line cut inside a character must not move where appending resumes
  const wholeBytes = bytes.lastIndexOf(0x0a) + 1;
  const lines = bytes.subarray(0, wholeBytes).toString('utf8').split('\n').slice(0, -1);
  const tail = bytes.length > wholeBytes;
  if (lines.length === 0) return { ok: false, problem: 'it has no complete header line' };
  const header = parseLine(lines[0]);
  const mismatch =
    'problem' in header ? `its first line is not JSON (${header.problem})` : headerMismatch(header.value, expected);
  if (mismatch) return { ok: false, problem: `it is the journal of a different audit: ${mismatch}` };
  const index = new Map(units.map((unit, k) => [unitKey(unit), k]));
  const byKey = new Map(units.map((unit) => [unitKey(unit), unit]));
  const finished = new Map<number, UnitResult>();
  const firstLine = new Map<number, number>();
  const ignored: string[] = [];
  lines.slice(1).forEach((line, k) => {
    const number = k + 2;
    const parsed = parseLine(line);
    const checked = 'problem' in parsed ? { problem: `not JSON (${parsed.problem})` } : checkJournalEntry(parsed.value, byKey);
    if ('problem' in checked) return void ignored.push(`line ${number}: ${checked.problem}`);
    const at = index.get(checked.entry.unit)!;
    const earlier = firstLine.get(at);
    if (earlier !== undefined)
      return void ignored.push(`line ${number}: ${checked.entry.unit} was already given at line ${earlier}`);
    firstLine.set(at, number);
    finished.set(at, checked.entry.result);
  });
  if (tail) ignored.push(`line ${lines.length + 1}: cut off (no end of line: the run stopped while writing it)`);
  return { ok: true, finished, ignored, wholeBytes };
}

/** Reads the journal file; a missing or unreadable file is a one-line problem. */
export function readJournalFile(path: string, expected: JournalHeader, units: readonly AuditUnit[]): ReadJournal {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return {
      ok: false,
      problem:
        code === 'ENOENT'
          ? 'there is no journal there to resume (run without --resume)'
          : `cannot be read (${(e as Error).message})`,
    };
  }
  return readJournal(bytes, expected, units);
}

function parseLine(line: string): { value: unknown } | { problem: string } {
  try {
    return { value: JSON.parse(line) };
  } catch (e) {
    return { problem: e instanceof Error ? e.message.split('\n')[0] : String(e) };
  }
}
