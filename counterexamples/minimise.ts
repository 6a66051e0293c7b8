import type { Domain } from '../engine/domains/domain.js';
import { compareSize } from '../engine/domains/domain.js';
import type { Certificate } from '../engine/verdicts.js';

/**
 * Greedy minimisation after fast-check's shrink: repeatedly take the first simplification of x
 * (fewer coordinates, then smaller denominators, then simpler temperatures — the order of
 * Domain.size) whose violation still certifies, until none does or the deadline passes.
 */
export function minimise<X>(
  domain: Domain<X>,
  start: { x: X; certificate: Certificate },
  certify: (x: X) => Certificate | undefined,
  deadline: number,
): { x: X; certificate: Certificate; steps: number } {
  let best = start;
  let steps = 0;
  let improved = true;
  while (improved && Date.now() < deadline) {
    improved = false;
    for (const candidate of domain.simplify(best.x)) {
      if (Date.now() >= deadline) break;
      if (compareSize(domain.size(candidate), domain.size(best.x)) >= 0) continue;
      const certificate = certify(candidate);
      if (certificate) {
        best = { x: candidate, certificate };
        steps++;
        improved = true;
        break;
      }
    }
  }
  return { ...best, steps };
}
