import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { runAudit } from '../../cli/commands/audit.js';
import { runCheckCommand } from '../../cli/commands/check.js';
import { runMerge } from '../../cli/commands/merge.js';
import { runMutateCommand } from '../../cli/commands/mutate.js';
import { OUTPUT_SCHEMAS } from '../../cli/output-schemas.js';
import { PARTIAL_FILE } from '../../cli/parallel/partial.js';
import { validateAgainst } from '../../engine/result/read-json.js';
import { AUDIT_DEFAULTS, CHECK_DEFAULTS, runInProcess } from '../fixtures/run-command.js';

type OutputFile = (typeof OUTPUT_SCHEMAS)[number]['file'];

/**
 * Real outputs of each kind, made by the commands, checked against the committed JSON Schema
 * (schemas/*.schema.json read back into zod) and against the zod source schema, which also holds
 * the checks JSON Schema cannot express (exact numbers under the keys p, T, …).
 */
const dir = mkdtempSync(join(tmpdir(), 'kdaudit-outputs-'));
const outputs = new Map<OutputFile, unknown>();
const read = (path: string) => JSON.parse(readFileSync(path, 'utf8'));
const committed = (file: OutputFile) => z.fromJSONSchema(read(`schemas/${file}`));
const source = (file: OutputFile) => OUTPUT_SCHEMAS.find((o) => o.file === file)!.schema;

beforeAll(async () => {
  // check --json on a plugin refuted on A5: its counterexample also lands in the corpus, as an entry
  const corpus = join(dir, 'corpus');
  const check = await runInProcess(() =>
    runCheckCommand('test/fixtures/plugins/power-exact.ts', {
      ...CHECK_DEFAULTS,
      effort: 0.1,
      corpus,
      json: join(dir, 'check.json'),
    }),
  );
  expect(check.code).toBe(1);
  outputs.set('check.schema.json', read(join(dir, 'check.json')));
  outputs.set('corpus-entry.schema.json', read(join(corpus, readdirSync(corpus)[0])));
  // a tiny audit as one shard of one, merged: the partial file and the audit JSON of the same run
  const shard = join(dir, 'shard');
  const selection = {
    operator: ['convex-mixing/extrapolated', 'power-mean/r=-1/soften-then-aggregate'],
    statement: ['sparse-kd/lemma-VI.1', 'sparse-kd/construction-3'],
  };
  const audit = { ...AUDIT_DEFAULTS, ...selection, effort: 0.05, html: false, corpus: join(dir, 'audit-corpus') };
  expect((await runInProcess(() => runAudit({ ...audit, out: shard, shard: { index: 1, count: 1 } }))).code).toBe(0);
  outputs.set('partial.schema.json', read(join(shard, PARTIAL_FILE)));
  await runInProcess(() => runMerge([shard], { out: join(dir, 'merged'), html: false }));
  outputs.set('audit.schema.json', read(join(dir, 'merged', 'audit.json')));
  // mutate --json on a small operator, one mutant
  const mutate = await runInProcess(() =>
    runMutateCommand('test/fixtures/mutation/branch-softening.ts', {
      seed: 42,
      effort: 0.05,
      maxMutants: 1,
      callTimeout: 2000,
      json: join(dir, 'mutation.json'),
    }),
  );
  expect(mutate.stderr).not.toContain('cannot mutate');
  outputs.set('mutation.schema.json', read(join(dir, 'mutation.json')));
}, 240_000);

describe('every output validates against its published schema', () => {
  it.each(OUTPUT_SCHEMAS.map((o) => [o.file] as const))('%s', (file) => {
    const output = outputs.get(file);
    expect(output).toBeDefined();
    expect(committed(file).safeParse(output).error?.issues).toBeUndefined();
    expect(validateAgainst(source(file), output)).toEqual({ value: output });
  });

  it('each output carries schemaVersion, the tool and its version, the seed and the effort', () => {
    const [check, audit, mutation, partial] = (
      ['check.schema.json', 'audit.schema.json', 'mutation.schema.json', 'partial.schema.json'] as const
    ).map((f) => outputs.get(f) as Record<string, any>);
    for (const output of [check, audit, mutation, partial])
      expect(output).toMatchObject({
        schemaVersion: 1,
        tool: { name: 'kdaudit', version: expect.stringMatching(/^\d+\.\d+\.\d+/) },
      });
    expect(check.config).toMatchObject({ seed: 42, effort: 0.1 });
    expect(audit.config).toMatchObject({ seed: 42, effort: 0.05 });
    expect(partial.config).toMatchObject({ seed: 42, effort: 0.05 });
    expect(mutation).toMatchObject({ seed: 42, effort: 0.05 });
  });

  it('the checks refute subtly wrong outputs: a verdict outside the vocabulary, a missing effort, a number where an exact string belongs', () => {
    const check = outputs.get('check.schema.json') as { config: object; results: Array<Record<string, any>> };
    const refuted = check.results.find((r) => r.counterexample)!;
    const wrong = [
      { ...check, results: [{ ...check.results[0], verdict: 'probably' }] },
      { ...check, config: { ...check.config, effort: undefined } },
      {
        ...check,
        results: [
          {
            ...refuted,
            counterexample: { ...refuted.counterexample, certificate: { ...refuted.counterexample.certificate, lo: -0.5 } },
          },
        ],
      },
      { ...check, results: [{ ...check.results[0], notes: 'a string' }] },
    ];
    for (const output of wrong) {
      expect(committed('check.schema.json').safeParse(output).success).toBe(false);
      expect(validateAgainst(source('check.schema.json'), output)).toHaveProperty('problem');
    }
    // an inexact p: the JSON Schema says only "a string", the zod schema knows the key p holds exact numbers
    const inexact = {
      ...check,
      results: [
        {
          ...refuted,
          counterexample: { ...refuted.counterexample, instance: { ...refuted.counterexample.instance, p: ['1/2', 'half'] } },
        },
      ],
    };
    expect(validateAgainst(source('check.schema.json'), inexact)).toEqual({
      problem: 'results[0].counterexample.instance.p[1]: expected a string like "1/3", "0.25" or "1e-337"',
    });
  });
});
