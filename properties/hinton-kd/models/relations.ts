import { centred, mean, minus, plus, times } from './rational.js';

/**
 * How the teacher's logits relate to the student's in a generated pair: the structures §2.1's
 * statements turn on (a shift leaves both softmaxes' difference alone only in the limit; equal or
 * zero means decide the matching-logits limit).
 */
export const RELATIONS = ['independent', 'shift', 'scale', 'equal-means', 'zero-means', 'equal'] as const;
export type Relation = (typeof RELATIONS)[number];

const SCALES = ['2', '1/2', '-1', '3'];

/** The vectors with the relation imposed between the first two (c: a shift, or picks a scale). */
export function relate(vectors: string[][], relation: Relation, c: string): string[][] {
  if (vectors.length < 2) return relation === 'zero-means' ? vectors.map(centred) : vectors;
  const [z, v, ...rest] = vectors;
  const pair = ((): string[][] => {
    switch (relation) {
      case 'independent':
        return [z, v];
      case 'shift':
        return [z, z.map((l) => plus(l, c))];
      case 'scale':
        return [z, z.map((l) => times(l, SCALES[Math.abs(Number(c.split('/')[0])) % SCALES.length]))];
      case 'equal-means': {
        const shift = minus(mean(z), mean(v));
        return [z, v.map((l) => plus(l, shift))];
      }
      case 'zero-means':
        return [centred(z), centred(v)];
      case 'equal':
        return [z, [...z]];
    }
  })();
  return [...pair, ...rest];
}
