import type { Counterexample } from '../../../engine/verdicts.js';

/**
 * A counterexample settled by exact (rational or decimal) arithmetic rather than search: its
 * enclosure is a point. Used by §VIII–IX's derived outcomes, whose instances are computed, not found.
 */
export function exactCounterexample(
  instance: Record<string, string | string[]>,
  quantity: string,
  value: string,
  explanation: string,
): Counterexample {
  return {
    instance,
    certificate: {
      kind: 'interval',
      quantity,
      lo: value,
      hi: value,
      explanation: `Exact arithmetic (the enclosure is a point). ${explanation}`,
    },
    replay: 'npx kdaudit audit',
    size: [Object.keys(instance).length],
  };
}
