import { choicePart, decimalPart, recordDomain, temperaturePart, vectorPart } from '../../../engine/domains/record.js';
import type { Num } from '../../../engine/num/index.js';
import type { AuditedOperator } from '../../../engine/operator.js';
import { pointwise } from '../../../engine/pointwise.js';
import { maxDistance, softmax } from './softmax.js';

/** A map of the simplex the shift check is run on: a softening operator or any other function of p. */
export interface ProbabilityMap {
  readonly name: string;
  apply<V>(N: Num<V>, p: readonly V[], T: V): V[];
}

type ShiftInstance = { map: string; z: string[]; c: string; T: string };

const logit = decimalPart('-1000', '1000');

/**
 * The check behind Lemma VI.1 and Corollary VI.2: max_i |F_T(softmax(z)) − F_T(softmax(z + c·1))| = 0
 * over the given maps, logits up to ±1000 (where float64 softmax in the form of eq. (1) overflows).
 * `shifted` computes the second input (tests pass a wrong shift to show the check can fail).
 */
export function shiftInvarianceCheck(
  id: string,
  maps: readonly ProbabilityMap[],
  runs: number,
  shifted: <V>(N: Num<V>, z: string[], c: string) => V[] = (N, z, c) => softmax(N, z, c),
) {
  const domain = recordDomain({
    map: choicePart(maps.map((m) => m.name)),
    z: vectorPart(logit, 2, 6),
    c: logit,
    T: temperaturePart,
  });
  return pointwise<ShiftInstance, AuditedOperator>({
    id,
    title: 'F_T(softmax(z)) = F_T(softmax(z + c·1))',
    statement: 'max_i |F_T(softmax(z))_i − F_T(softmax(z + c·1))_i| = 0',
    strict: false,
    quantity: '−max_i |F_T(softmax(z))_i − F_T(softmax(z + c·1))_i|',
    domain,
    runs,
    // most float64 candidates are overflows of eq. (1); 60 exact evaluations show it, 400 only cost time
    maxCertifications: 60,
    unconfirmed:
      'softmax in the form of eq. (1) overflows or underflows in float64 at these logits (exp(z_i + c) beyond 1.8e308 or below 5e-324); the identity holds exactly — float64 cannot compute it in this form',
    margin: (N, _subject, x) => {
      const map = maps.find((m) => m.name === x.map)!;
      const [p, q] = [softmax(N, x.z), shifted(N, x.z, x.c)];
      // float64 softmax that overflowed (∞/∞) is not a point of the simplex: a candidate for certification
      if (![...p, ...q].every((v) => N.isFinite(v))) return N.of(Number.NaN);
      const T = N.of(x.T);
      return N.neg(maxDistance(N, map.apply(N, p, T), map.apply(N, q, T)));
    },
  });
}
