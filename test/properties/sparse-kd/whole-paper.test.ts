import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Corpus } from '../../../engine/counterexamples/corpus.js';
import { checkKey } from '../../../engine/check.js';
import { checksOf } from '../../../engine/statement/claim.js';
import { runStatement } from '../../../engine/statement/run-statement.js';
import { sparseKdStatements } from '../../../properties/sparse-kd/index.js';
import { RUN } from './run-statement.js';

describe('the whole of Sparse-KD, as the audit runs it', () => {
  it('reaches a verdict on every statement (none is an error) and every stored counterexample names a check kdaudit replay can find', () => {
    const dir = mkdtempSync(join(tmpdir(), 'paper-'));
    const results = sparseKdStatements.map((claim) => runStatement(claim, { ...RUN, corpus: new Corpus(dir) }));
    expect(results.filter((r) => r.verdict === 'error').map((r) => `${r.id} ${r.variant ?? ''}: ${r.evidence.summary}`)).toEqual([]);
    const replayable = new Set(sparseKdStatements.flatMap(checksOf).map(checkKey));
    const stored = readdirSync(dir).map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')).check as string);
    expect(stored.length).toBeGreaterThan(5);
    expect(stored.filter((key) => !replayable.has(key))).toEqual([]);
  });
});
