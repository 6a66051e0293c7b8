import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { knownChecks } from '../../cli/commands/replay.js';
import { checkKey } from '../../engine/check.js';
import type { Domain } from '../../engine/domains/domain.js';

/**
 * What the search stores must load again: every instance a domain generates, simplifies to or
 * moves to nearby is valid under its own `validate` (else a stored counterexample would be
 * rejected on the next run). Each distinct domain once.
 */
const domains = new Map<Domain<unknown>, string>();
for (const c of knownChecks()) if (!domains.has(c.domain)) domains.set(c.domain, checkKey(c));

describe('every domain accepts what it generates', () => {
  it.each([...domains].map(([d, key]) => [key, d] as const))('%s', (_, domain) => {
    const rejected: string[] = [];
    let random = 0.37;
    const next = () => (random = ((random * 9301 + 49297) % 233280) / 233280);
    const xs = fc.sample(domain.arbitrary, { numRuns: 20, seed: 11 });
    // simplifying is slow (each candidate is sized): the smallest generated instance's simplifications
    const smallest = [...xs].sort((a, b) => JSON.stringify(a).length - JSON.stringify(b).length)[0];
    for (const x of xs) {
      const near = [x, ...(x === smallest ? domain.simplify(x).slice(0, 30) : []), ...domain.neighbours(x, 0.1, next)];
      for (const y of near) {
        const problem = domain.validate(JSON.parse(JSON.stringify(y)));
        if (problem) rejected.push(`${problem}: ${JSON.stringify(y).slice(0, 200)}`);
      }
    }
    expect(rejected).toEqual([]);
  });
});
