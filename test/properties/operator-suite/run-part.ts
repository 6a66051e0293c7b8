import { afterAll, describe, expect, it } from 'vitest';
import { SUITE, type Expectation } from '../../fixtures/operator-suite/expectations.js';
import { auditModule } from '../../fixtures/operator-suite/in-process.js';
import type { Verdict } from '../../../engine/verdicts.js';
import { PARTS } from './parts.js';

/**
 * The held-out operator suite (test/fixtures/operator-suite/), run in-process at a low effort and a
 * fixed seed: every defective operator refuted with a certified counterexample on the axioms it
 * breaks, no correct operator refuted on the axioms it satisfies. Each part of the suite (parts.ts)
 * is its own test file, so that vitest spreads the suite over the cores.
 *
 * KNOWN_MISJUDGED: where the current engine gets a module wrong. Each entry names the verdict the
 * engine gives now; the test asserts that CURRENT verdict, so it fails as soon as the engine changes
 * there (fixed: remove the entry; the expectation in expectations.ts then applies).
 */
const SEED = 7;
const EFFORT = 0.1;
const BUDGET_MS = 120_000;

export const KNOWN_MISJUDGED: Record<string, { observed: Verdict; why: string }> = {
  // defects missed at this effort (0.1) or by policy; no correct operator is refuted
  's-bad-a2-hyperplane-exact.ts A2': {
    observed: 'holds',
    why: 'not reached at a tenth of the cases (the float64 variant is: localisation bisects in float64, and the exact jump needs the point exactly on p_1 = 1/2)',
  },
  's-bad-a2-threshold.ts A2': {
    observed: 'holds',
    why: 'not reached at a tenth of the cases (refuted at effort 1: T = 3.7 localised by bisection)',
  },
  's-bad-a2-threshold-exact.ts A2': {
    observed: 'holds',
    why: 'not reached at a tenth of the cases (refuted at effort 1: T = 3.7 localised by bisection)',
  },
  's-bad-truncate-exact.ts A2': {
    observed: 'holds',
    why: 'the jump sits on a level set of the output (F_i = 1e-4), not on a simple constant: bisection in float64 cannot pin the exact crossing applyExact needs',
  },
  's-bad-a3-band.ts A3': { observed: 'holds', why: 'the band T ∈ [0.3, 0.30099] is not hit at a tenth of the cases' },
  's-bad-a3-band-exact.ts A3': { observed: 'holds', why: 'the band T ∈ [0.3, 0.30099] is not hit at a tenth of the cases' },
  'a-bad-drops-last.ts B3/reverse-kl-softened': {
    observed: 'holds',
    why: 'not reached at a tenth of the cases within the float-safe range and 40 exact evaluations',
  },
  'a-bad-drops-last.ts B4/joint-at-boundary': {
    observed: 'holds',
    why: 'needs K ≥ 3 with every other weight exactly 0: not generated at a tenth of the cases',
  },
  'a-bad-drops-last-exact.ts B3/reverse-kl-softened': {
    observed: 'holds',
    why: 'not reached at a tenth of the cases within 40 exact evaluations',
  },
  'a-bad-drops-last-exact.ts B4/joint-at-boundary': {
    observed: 'holds',
    why: 'needs K ≥ 3 with every other weight exactly 0: not generated at a tenth of the cases',
  },
  'a-bad-weight-floor.ts B3/reverse-kl-softened': {
    observed: 'holds',
    why: 'not reached at a tenth of the cases within the float-safe range and 40 exact evaluations',
  },
  'a-bad-weight-floor-exact.ts B3/reverse-kl-softened': {
    observed: 'holds',
    why: 'not reached at a tenth of the cases within 40 exact evaluations',
  },
  'a-bad-zeroes-tiny.ts B2/all-teachers': {
    observed: 'holds',
    why: 'by policy: pooled masses below 1e-9 are set to 0, but float64-only code refutes nothing below masses of 2^-30 ≈ 9.3e-10 (a zero there could be underflow); only [9.3e-10, 1e-9) is left',
  },
  'a-bad-zeroes-tiny.ts B2/any-weighted-teacher': {
    observed: 'holds',
    why: 'by policy: as B2/all-teachers (masses below 2^-30 are outside the float-safe range)',
  },
  'a-bad-zeroes-tiny.ts B3/reverse-kl-softened': {
    observed: 'holds',
    why: 'not reached at a tenth of the cases within the float-safe range and 40 exact evaluations',
  },
  'a-bad-ignores-small.ts B2/any-weighted-teacher': {
    observed: 'holds',
    why: 'a weight in (0, 1/20) beside a teacher positive only there: not generated at a tenth of the cases',
  },
  'a-bad-ignores-small.ts B3/kl': {
    observed: 'holds',
    why: 'needs w_2 just above 1/20 and a raise that pushes it below: not generated at a tenth of the cases',
  },
  'a-bad-ignores-small.ts B3/tv': {
    observed: 'holds',
    why: 'needs w_2 just above 1/20 and a raise that pushes it below: not generated at a tenth of the cases',
  },
  'a-bad-ignores-small.ts B3/reverse-kl-softened': {
    observed: 'holds',
    why: 'not reached at a tenth of the cases within the float-safe range and 40 exact evaluations',
  },
  'a-bad-ignores-small.ts B4/joint-at-boundary': {
    observed: 'holds',
    why: 'the jump is at w_k = 1/20, a hyperplane B4 does not bias toward (its constants: 1/2, 1/10, 1/4, 3/10, 1/5, 3/4, 1/3, 9/10, 1e-k, 1/n)',
  },
};

function judge(expected: Expectation, verdict: Verdict, certified: boolean): boolean {
  if (expected === 'refuted') return verdict === 'refuted' && certified;
  if (expected === 'not-refuted') return verdict !== 'refuted' && verdict !== 'error';
  return verdict !== 'error';
}

/** The tests of one part of the suite: one per module, asserting its verdict on every axiom or reading. */
export function describePart(part: keyof typeof PARTS) {
  const modules = new Set<string>(PARTS[part]);
  const times: string[] = [];
  afterAll(() => console.log(`operator suite (${part}), in-process, effort ${EFFORT}, seed ${SEED}:\n${times.join('\n')}`));
  describe(`held-out operator suite: ${part}`, () => {
    it.each(SUITE.filter((e) => modules.has(e.module)).map((e) => [e.module, e] as const))('%s', async (module, entry) => {
      const audit = await auditModule(module, { seed: SEED, effort: EFFORT, budgetMs: BUDGET_MS });
      times.push(`  ${module.padEnd(34)} ${(audit.ms / 1000).toFixed(1)} s`);
      expect([...audit.results.keys()].sort()).toEqual(Object.keys(entry.expect).sort());
      const wrong: string[] = [];
      for (const [key, expected] of Object.entries(entry.expect)) {
        const r = audit.results.get(key)!;
        const known = KNOWN_MISJUDGED[`${module} ${key}`];
        if (known) {
          if (r.verdict !== known.observed) {
            wrong.push(
              `${key}: KNOWN_MISJUDGED says the engine gives '${known.observed}', it now gives '${r.verdict}' (expected ${expected}): update the list`,
            );
          } else if (judge(expected, r.verdict, r.certified))
            wrong.push(`${key}: listed as misjudged but '${r.verdict}' meets the expectation ${expected}`);
          continue;
        }
        if (!judge(expected, r.verdict, r.certified)) {
          const why = r.counterexample
            ? ` at ${JSON.stringify(r.counterexample.instance)} (${r.counterexample.certificate.kind})`
            : ` — ${r.evidence.summary}`;
          wrong.push(`${key}: expected ${expected}, got ${r.verdict}${r.certified ? ' (certified)' : ''}${why}`);
        }
      }
      expect(wrong, `${module}:\n${wrong.join('\n')}`).toEqual([]);
    });
  });
}
