import type { Domain } from '../domains/domain.js';
import { compareSize } from '../domains/domain.js';
import type { Certificate } from '../verdicts.js';

/** Candidate simplifications tried per minimisation: a count, so the result is the same on any machine. */
export const MINIMISE_TRIES = 400;

/**
 * Greedy minimisation after fast-check's shrink: repeatedly take the first simplification of x
 * (fewer coordinates, then smaller denominators, then simpler temperatures — the order of
 * Domain.size) whose violation still certifies, until none does or MINIMISE_TRIES candidates were
 * tried. The deadline is a safety net: when it stops the minimiser, `interrupted` says so.
 */
export function minimise<X>(
  domain: Domain<X>,
  start: { x: X; certificate: Certificate },
  certify: (x: X) => Certificate | undefined,
  deadline: number,
): { x: X; certificate: Certificate; steps: number; interrupted: boolean } {
  let best = start;
  let steps = 0;
  let tries = 0;
  let improved = true;
  while (improved && tries < MINIMISE_TRIES) {
    improved = false;
    for (const candidate of domain.simplify(best.x)) {
      if (Date.now() >= deadline) return { ...best, steps, interrupted: true };
      if (tries >= MINIMISE_TRIES) break;
      if (compareSize(domain.size(candidate), domain.size(best.x)) >= 0) continue;
      tries++;
      const certificate = certify(candidate);
      if (certificate) {
        best = { x: candidate, certificate };
        steps++;
        improved = true;
        break;
      }
    }
  }
  return { ...best, steps, interrupted: false };
}
