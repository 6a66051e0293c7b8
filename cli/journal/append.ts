import { closeSync, fsyncSync, mkdirSync, openSync, truncateSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import type { JournalEntry } from './entry.js';
import type { JournalHeader } from './header.js';

/**
 * The journal as it is written: one JSON line per finished unit, each appended and flushed to disk
 * (fsync) before the next, so that a run stopped at any moment — a signal, a crash, a power cut —
 * keeps every unit it finished, and at worst a last line cut off, which reading detects.
 */
export class JournalAppender {
  private constructor(private readonly fd: number) {}

  /** A new journal for a fresh run (an old one at `path` is replaced), starting with its header line. */
  static create(path: string, header: JournalHeader): JournalAppender {
    mkdirSync(dirname(path), { recursive: true });
    const journal = new JournalAppender(openSync(path, 'w'));
    journal.writeLine(header);
    return journal;
  }

  /** The journal of a resumed run, cut back to its last whole line (`wholeBytes`, from readJournal), to append to. */
  static resume(path: string, wholeBytes: number): JournalAppender {
    truncateSync(path, wholeBytes);
    return new JournalAppender(openSync(path, 'a'));
  }

  /** Appends a finished unit's line; returns the line as written (the caller uses what the journal holds). */
  append(entry: JournalEntry): string {
    return this.writeLine(entry);
  }

  close(): void {
    closeSync(this.fd);
  }

  private writeLine(value: unknown): string {
    const line = JSON.stringify(value);
    const bytes = Buffer.from(`${line}\n`);
    // the whole line before the next: a line is cut off only by a stop in the middle of these writes
    for (let written = 0; written < bytes.length;) written += writeSync(this.fd, bytes, written);
    fsyncSync(this.fd);
    return line;
  }
}
