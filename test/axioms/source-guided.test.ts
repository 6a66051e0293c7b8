import { describe, expect, it } from 'vitest';
import { aggregationAxioms } from '../../axioms/aggregation.js';
import { B2AnyWeighted } from '../../axioms/aggregation/b2-positivity.js';
import { softeningAxioms } from '../../axioms/softening.js';
import { A0 } from '../../axioms/softening/a0-simplex.js';
import { A1 } from '../../axioms/softening/a1-ranking.js';
import { A4 } from '../../axioms/softening/a4-identity.js';
import { checkKey, type Check } from '../../engine/check.js';
import type { CheckResult } from '../../engine/verdicts.js';
import type { Plugin } from '../../plugin/shape.js';
import { asOperator } from '../fixtures/in-process.js';
import { run } from './run.js';

/**
 * Operators whose defect sits exactly at, or in a narrow band beside, a constant their code
 * compares with (test/fixtures/guided/): the default search misses each at `kdaudit check`'s
 * default seed; harvesting the module's source and searching at its boundaries refutes each with a
 * certified counterexample, and the correct twin with the same branch points still holds.
 */
const DIR = 'test/fixtures/guided';

async function fixture(name: string, withSource: boolean) {
  const plugin = (await import(`../fixtures/guided/${name}.${name === 'minified' ? 'js' : 'ts'}`)).default as Plugin;
  const op = asOperator(plugin);
  return withSource ? { ...op, sources: [`${DIR}/${name}.${name === 'minified' ? 'js' : 'ts'}`] } : op;
}

/** The check at the seed `kdaudit check` gives it by default (42 + its place among the axioms). */
function check(c: Check<any, any>, op: Awaited<ReturnType<typeof fixture>>): CheckResult {
  const axioms: ReadonlyArray<Check<any, any>> = op.kind === 'softening' ? softeningAxioms : aggregationAxioms;
  return run(c, op as any, 42 + axioms.indexOf(c));
}

const defects: Array<{ name: string; checks: Array<Check<any, any>>; boundary: string }> = [
  { name: 'tie-at-pivot', checks: [A1, A4], boundary: '0.3719' },
  { name: 'cold-band', checks: [A0], boundary: '1000/1000001' },
  { name: 'tail-band', checks: [A0, A4], boundary: '0.0009766' },
  { name: 'dominant-teacher', checks: [B2AnyWeighted], boundary: '0.9' },
];

describe('branch-located defects: missed by the default search, refuted at the harvested boundaries', () => {
  it.each(defects)('$name', async ({ name, checks, boundary }) => {
    const [plain, guided] = [await fixture(name, false), await fixture(name, true)];
    for (const c of checks) {
      const before = check(c, plain);
      expect([checkKey(c), before.verdict, before.incomplete]).toEqual([checkKey(c), 'holds', undefined]);
      expect(before.evidence.guidance).toBeUndefined();
      const after = check(c, guided);
      expect([checkKey(c), after.verdict, after.certified]).toEqual([checkKey(c), 'refuted', true]);
      expect(after.counterexample?.certificate.kind).toBe('decimal-agreement');
      expect(after.evidence.guidance?.tried.map((b) => b.value)).toContain(boundary);
      expect(after.evidence.summary).toMatch(/Source-guided: 1 random case in 4 drawn at and around \d+ harvested boundar/);
    }
  });
});

describe('correct operators with the same branches are not refuted', () => {
  it.each(defects.map((d) => ({ ...d, twin: `${d.name}-fixed` })))('$twin', async ({ twin, checks }) => {
    const op = await fixture(twin, true);
    for (const c of checks) {
      const result = check(c, op);
      expect([checkKey(c), result.verdict]).toEqual([checkKey(c), 'holds']);
      expect(result.evidence.guidance?.tried.length).toBeGreaterThan(0);
    }
  });
});

describe('without boundaries the search is the default one', () => {
  /** The result without what the source guidance adds (its sentence and evidence field). */
  const unguided = (r: CheckResult) => {
    const { guidance: _, ...evidence } = r.evidence;
    return { ...r, evidence: { ...evidence, summary: evidence.summary.replace(/ The source .*$/, '') } };
  };

  it('an unreadable (minified) source is reported, and searched exactly as without a source', async () => {
    const [plain, minified] = [check(A4, await fixture('minified', false)), check(A4, await fixture('minified', true))];
    const unreadable = 'minified or generated (line 2 is longer than 1000 characters)';
    expect(minified.evidence.guidance?.sources).toEqual([{ module: `${DIR}/minified.js`, found: 0, unreadable }]);
    expect(minified.evidence.summary).toMatch(
      /The source test\/fixtures\/guided\/minified\.js could not be harvested \(minified .*\)\./,
    );
    expect(minified.evidence.summary).toMatch(/Searched without source guidance\.$/);
    expect(JSON.stringify(unguided(minified))).toBe(JSON.stringify(plain));
  });

  it('a source with no boundary changes nothing: byte-identical results', async () => {
    const plugin = (await import('../fixtures/plugins/power.js')).default as Plugin;
    const op = asOperator(plugin);
    const withSource = { ...op, sources: ['test/fixtures/plugins/power.ts'] };
    expect(JSON.stringify(check(A4, withSource))).toBe(JSON.stringify(check(A4, op)));
  });
});
