import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mutationExitCode } from '../../cli/commands/mutate.js';
import { EXIT } from '../../cli/exit-codes.js';
import { mutateOperator, type MutateOptions } from '../../mutation/analyse.js';
import { classify } from '../../mutation/classify.js';
import { generateMutants } from '../../mutation/generate.js';
import type { MutationAnalysis } from '../../engine/result/mutation.js';
import { MutantFolder } from '../../mutation/module-files.js';
import { runMutantTasks } from '../../mutation/run-mutants.js';
import { resolveSubject } from '../../mutation/subject.js';
import { readFileSync } from 'node:fs';
import { scoreText } from '../../reports/mutation-text.js';

const BRANCH = 'test/fixtures/mutation/branch-softening.ts';
const LOOP = 'test/fixtures/mutation/loop-softening.ts';
const quick: MutateOptions = { seed: 42, effort: 0.05, maxMutants: 100, callTimeoutMs: 2000, timeoutMs: 60_000 };

describe('kdaudit mutate: running and classifying mutants', () => {
  it('a weak axiom set lets a known mutant of power survive; the axiom that pins it kills it', async () => {
    // exponent 0.999999/T: still a softening operator, but F_1(p) ≠ p — only A4 (identity) sees it
    const ids = ['constant@18:31→0.999999'];
    const weak = await mutateOperator('power', { ...quick, axioms: ['A0'], ids });
    expect(weak.axioms).toEqual(['A0']);
    expect(weak.mutants.find((m) => m.id === ids[0])).toMatchObject({ status: 'survived', differsAt: { certified: true } });
    expect(weak.score).toBe(0);
    const strong = await mutateOperator('power', { ...quick, axioms: ['A0', 'A4'], ids });
    expect(strong.mutants.find((m) => m.id === ids[0])).toMatchObject({
      status: 'killed',
      killedBy: [{ axiom: 'A4', certificate: 'interval' }],
    });
    expect(strong.score).toBe(1);
  }, 60_000);

  it('runs no mutant when the original fails every axiom reading it is run on: there is no score, not 0%', async () => {
    // power is refuted on A5 (zeros stay zero as T → ∞): A5 alone can tell no mutant from it
    const a = await mutateOperator('power', { ...quick, axioms: ['A5'] });
    expect(a.baseline).toEqual([{ axiom: 'A5', verdict: 'refuted' }]);
    expect(a.axioms).toEqual([]);
    expect(a.counts).toMatchObject({ killed: 0, survived: 0, equivalent: 0 });
    expect(a.counts.notSampled).toBeGreaterThan(0);
    expect(a.score).toBeNull();
    expect(scoreText(a)).toContain('no axiom reading holds on the original');
  }, 60_000);

  it('never calls equivalent a mutant that differs only at or just beyond a branch constant; a redundant guard removed is equivalent', async () => {
    // no axiom: every mutant is judged by the equivalence check alone
    const a = await mutateOperator(resolve(BRANCH), { ...quick, axioms: [] });
    const status = (fragment: string) =>
      a.mutants.filter((m) => m.diff.mutated.join('\n').includes(fragment)).map((m) => m.status);
    expect(status('if (T >= 5)')).toEqual(['survived']);
    expect(status('if (T > 5.000005)')).toEqual(['survived']);
    expect(status('if (T > 4.999995)')).toEqual(['survived']);
    expect(status('return p.map((x) => (((x / top) ** (1 / T))));')).toEqual(['equivalent']);
    const survivor = a.mutants.find((m) => m.diff.mutated.join('\n').includes('if (T > 5.000005)'))!;
    expect(survivor.differsAt).toMatchObject({ certified: true, point: { T: '5.000005' } });
  }, 60_000);

  it('a hanging mutant (one that also exhausts memory) ends only its own run, and the run goes on', async () => {
    const subject = resolveSubject(resolve(LOOP));
    if ('error' in subject) throw new Error(subject.error);
    const { mutants } = generateMutants(subject.module, readFileSync(subject.module, 'utf8'), 'default');
    const hang = mutants.find((m) => m.diff.mutated.join('\n').includes('i += 0'))!;
    const fine = mutants.find((m) => m.mutator === 'comparison-boundary')!;
    const folder = new MutantFolder(subject);
    try {
      // coverage calls the plugin in the pool's own worker, so only the pool's timeout can stop the hang
      const tasks = [hang, fine].map((m, k) => ({
        mode: 'coverage' as const,
        subject,
        file: folder.write(`m${k}`, m.source),
        constants: ['1'],
      }));
      const runs = await runMutantTasks(tasks, { threads: 2, timeoutMs: 8000 });
      // the endless loop also grows an array: cut off by the timeout, or by V8's fatal limits first,
      // which end only the mutant's child process — never this one
      expect(runs[0].ok).toBe(false);
      expect(['timeout', 'error']).toContain(classify(hang, runs[0], 8000).status);
      expect(runs[1].ok).toBe(true);
    } finally {
      folder.remove();
    }
  }, 60_000);
});

describe('kdaudit mutate: exit codes', () => {
  const analysis = (score: number | null, timeout = 0) => ({ score, counts: { timeout } }) as MutationAnalysis;
  it('exits 1 below --threshold (or with no score to compare), 3 when a mutant timed out, 0 otherwise', () => {
    expect(mutationExitCode(analysis(0.8), 90)).toBe(EXIT.refuted);
    expect(mutationExitCode(analysis(0.8), 80)).toBe(EXIT.ok);
    expect(mutationExitCode(analysis(null), 50)).toBe(EXIT.refuted);
    expect(mutationExitCode(analysis(0.5), undefined)).toBe(EXIT.ok);
    expect(mutationExitCode(analysis(0.95, 1), 90)).toBe(EXIT.incomplete);
    expect(mutationExitCode(analysis(0.5, 1), 90)).toBe(EXIT.refuted);
  });
});
