import type { Assumption } from '../../../engine/statement/universal.js';
import { compare, mean, minus } from './rational.js';
import type { Pair } from './rate-claims.js';

/** The candidate assumptions a reviewer adds to §2.1's statements, decided exactly on a pair of logit vectors. */
export const equalMeans: Assumption<Pair> = {
  name: 'equal means',
  text: 'z̄ = v̄: student and teacher logits have the same mean (weaker than zero-meaned)',
  holds: (x) => compare(mean(x.z), mean(x.v)) === 0,
};

export const zeroMeaned: Assumption<Pair> = {
  name: 'zero-meaned',
  text: 'Σ_j z_j = Σ_j v_j = 0 (§2.1, Eq. 4)',
  holds: (x) => mean(x.z) === '0' && mean(x.v) === '0',
};

export const matchedUpToShift: Assumption<Pair> = {
  name: 'z = v + c·1',
  text: 'the student already matches the teacher up to a shift (the gradient is 0)',
  holds: (x) => x.z.every((l, i) => minus(l, x.v[i]) === minus(x.z[0], x.v[0])),
};
