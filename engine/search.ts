import * as fc from 'fast-check';
import { Probe } from './probe.js';
import type { Certificate } from './verdicts.js';

export interface Found<X> {
  x: X;
  certificate: Certificate;
  /** How it was found: fast-check (with seed and path) or targeted search from the seed. */
  origin: { by: 'fast-check'; seed: number; path: string } | { by: 'targeted'; seed: number };
}

/**
 * With boundaries harvested from the operator's source (engine/source/), one random case in four is
 * drawn at and around them and three from the domain's default generator: the default keeps most of
 * its power, and each of a few dozen boundaries still gets dozens of cases in a check of a thousand.
 * fast-check picks between them from the seed, so the mix is the same on every run.
 */
export const GUIDED_SHARE = { guided: 1, default: 3, text: '1 random case in 4' } as const;

/**
 * Random search with fast-check (its shrinking keeps the violation certified, since the predicate
 * certifies), mixing in instances at the source's boundaries when `guided` is given, then — when
 * random sampling finds nothing — targeted search: hill-climbing from the instances with the
 * lowest margins toward violation (Hypothesis's `target` is the model), for violations that live
 * in narrow regions. Both phases are bounded by counts, so a run is
 * deterministic for its seed; the deadline is only a safety cap, and hitting it is recorded.
 */
export function search<X>(
  probe: Probe<X>,
  seed: number,
  runs: number,
  deadline: number,
  guided?: fc.Arbitrary<X>,
): Found<X> | undefined {
  // the deadline is a safety net: a normal run ends on its counts, whatever the machine's load
  const safetyNet = Math.max(1, deadline - Date.now());
  const { arbitrary } = probe.check.domain;
  const cases = guided
    ? fc.oneof({ arbitrary, weight: GUIDED_SHARE.default }, { arbitrary: guided, weight: GUIDED_SHARE.guided })
    : arbitrary;
  const details = fc.check(
    fc.property(cases, (x) => !probe.violates(x)),
    { seed, numRuns: runs, interruptAfterTimeLimit: safetyNet, markInterruptAsFailure: false, endOnFailure: false },
  );
  if (details.interrupted) probe.interrupted = true;
  if (details.failed && details.counterexample) {
    const found = probe.violation(details.counterexample[0]);
    if (found) return { ...found, origin: { by: 'fast-check', seed, path: details.counterexamplePath ?? '' } };
  }
  return climb(probe, seed, deadline);
}

/** Steps per starting point: a count, not a time, so a run is the same for the same seed. */
const CLIMB_STEPS = 120;

function climb<X>(probe: Probe<X>, seed: number, deadline: number): Found<X> | undefined {
  const random = mulberry32(seed);
  const { ctx } = probe;
  for (const start of [...probe.lowest]) {
    let current = start;
    for (let scale = 0.5, steps = 0; scale > 1e-9 && steps < CLIMB_STEPS; steps++) {
      if (Date.now() >= deadline) {
        probe.interrupted = true;
        return undefined;
      }
      const next = bestNeighbour(probe, current.x, scale, random);
      if (next && next.margin < current.margin) {
        current = next;
        if (Number.isNaN(next.margin) || next.margin < -ctx.screenTolerance) {
          const certificate = probe.certified(next.x, next.margin);
          if (certificate) return { x: next.x, certificate, origin: { by: 'targeted', seed } };
        }
      } else {
        scale /= 2;
      }
    }
  }
  return undefined;
}

function bestNeighbour<X>(probe: Probe<X>, x: X, scale: number, random: () => number) {
  const { check, op, ctx } = probe;
  let best: { x: X; margin: number } | undefined;
  for (const y of check.domain.neighbours(x, scale, random)) {
    probe.screened++;
    let margin: number;
    try {
      margin = check.screen(op, y, ctx);
    } catch {
      continue; // faults are recorded by the random phase; climbing just avoids them
    }
    if (!best || margin < best.margin || Number.isNaN(margin)) best = { x: y, margin };
  }
  return best;
}

/** A small seeded PRNG so targeted search replays exactly from the run's seed. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
