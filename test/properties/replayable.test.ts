import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { knownChecks } from '../../cli/commands/replay.js';
import { checkKey } from '../../engine/check.js';
import { Corpus } from '../../engine/counterexamples/corpus.js';
import { runCheck } from '../../engine/run-check.js';
import type { StatementClaim } from '../../engine/statement/claim.js';
import { runStatement } from '../../engine/statement/run-statement.js';
import { STATEMENT_SUBJECT } from '../../engine/statement/subject.js';
import { universalStatement } from '../../engine/statement/universal.js';
import { lipschitzStep } from '../../properties/sparse-kd/claims/theorem-VIII.3.js';
import { statementClaims } from '../../properties/registry.js';
import { RUN } from './sparse-kd/run-statement.js';

/** A corpus that notes every check key a search consults: each searched check asks it first, found or not. */
class RecordingCorpus extends Corpus {
  readonly consulted = new Set<string>();
  override load<X>(...args: Parameters<Corpus['load']>) {
    this.consulted.add(args[0]);
    return super.load<X>(...(args as [string, string, never]));
  }
}

/** Runs the claims as the audit does; the keys their searches consulted that `kdaudit replay` cannot find. */
function unreplayable(claims: readonly StatementClaim[], effort = RUN.effort) {
  const corpus = new RecordingCorpus(mkdtempSync(join(tmpdir(), 'replayable-')));
  const results = claims.map((claim) => runStatement(claim, { ...RUN, effort, corpus }));
  const known = new Set(knownChecks().map(checkKey));
  const stored = readdirSync(corpus.dir).map((f) => JSON.parse(readFileSync(join(corpus.dir, f), 'utf8')).check as string);
  return { results, consulted: [...corpus.consulted], stored, missing: [...corpus.consulted].filter((key) => !known.has(key)) };
}

const meta = {
  source: { paper: 'sparse-kd', label: 'test', section: 'VIII' },
  declaredIn: import.meta.url,
  title: 'a claim searching a check',
  statement: 'per-stage deviation',
  assumptions: [],
  dependsOn: [],
};

describe('replay derives its checks from the claims', () => {
  it('every check a registered statement searches is one kdaudit replay can find, and a verdict is reached on each', () => {
    const { results, consulted, stored, missing } = unreplayable(statementClaims());
    expect(results.filter((r) => r.verdict === 'error').map((r) => `${r.id} ${r.variant ?? ''}: ${r.evidence.summary}`)).toEqual(
      [],
    );
    expect(consulted.length).toBeGreaterThan(20);
    expect(stored.length).toBeGreaterThan(5);
    expect(missing).toEqual([]);
  });

  it('finds a search that no helper declared, and accepts the same search built by the helper that owns it', () => {
    // a replayable check is one the registry reaches: a copy under a new key is reached only through the claim
    const hiddenCheck = { ...lipschitzStep, id: 'sparse-kd/test-hidden' };
    const hidden: StatementClaim = {
      ...meta,
      id: 'sparse-kd/test-hidden',
      evaluate: (run) => ({ kind: 'searched', asStated: runCheck(hiddenCheck, STATEMENT_SUBJECT, run) }),
    };
    expect(unreplayable([hidden], 0.05).missing).toEqual(['sparse-kd/test-hidden']);
    const declared = universalStatement({ ...meta, id: 'sparse-kd/theorem-VIII.3' }, lipschitzStep);
    expect(unreplayable([declared], 0.05)).toMatchObject({ consulted: ['sparse-kd/theorem-VIII.3/lipschitz-step'], missing: [] });
  });
});
