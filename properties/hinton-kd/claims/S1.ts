import { temperaturePart } from '../../../engine/domains/record.js';
import { temperatureLess } from '../../../engine/domains/temperature.js';
import type { AuditedOperator } from '../../../engine/operator.js';
import { pointwise } from '../../../engine/pointwise.js';
import type { StatementMeta } from '../../../engine/statement/universal.js';
import { universalStatement } from '../../../engine/statement/universal.js';
import { LIMIT_PROCEDURE, staysAway, TOWARD_INFINITY, TOWARD_ZERO } from '../models/limits.js';
import { logitsDomain } from '../models/logits-domain.js';
import { maxOf } from '../models/rational.js';
import { sequenceCheck } from '../models/sequence-check.js';
import { maxAbs, softmaxEntropy, softmaxT } from '../models/softmax.js';
import { hintonSource } from '../models/statement-meta.js';

/**
 * S1 (§2): "raising T gives a softer distribution over the classes". Three readings: the entropy of
 * softmax(z/T) is non-decreasing in T, strictly unless all logits are equal (searched); T → ∞ gives
 * the uniform distribution and T → 0⁺ the uniform distribution on the largest logits (limits along
 * certified sequences: evidence, not proof).
 */
const meta = (variant: string, statement: string): StatementMeta => ({
  id: 'hinton-kd/S1',
  variant,
  source: hintonSource('S1', '2'),
  declaredIn: import.meta.url,
  title: 'Raising T softens the distribution',
  statement,
  assumptions: ['q = softmax(z/T) (Eq. 1)', 'z ∈ R^N, N ≥ 2', 'T > 0'],
  dependsOn: [],
});

const allEqual = (z: readonly string[]) => z.every((l) => l === z[0]);

export const entropyCheck = pointwise<{ z: string[]; T: string; T2: string }, AuditedOperator>({
  id: 'hinton-kd/S1',
  variant: 'entropy-monotone',
  title: 'H(softmax(z/T)) increases with T',
  statement: "For all z and 0 < T < T': H(softmax(z/T')) > H(softmax(z/T)) unless all logits are equal.",
  strict: true,
  quantity: "H(softmax(z/T')) − H(softmax(z/T))",
  domain: logitsDomain({ names: ['z'] }, { T: temperaturePart, T2: temperaturePart }, (x) => temperatureLess(x.T, x.T2)),
  runs: 300,
  unconfirmed: 'the float64 entropies are equal (saturated near one-hot or uniform); exactly, T′ gives the larger one',
  // constant logits give the uniform distribution at every T: the statement exempts them
  margin: (N, _op, x) => (allEqual(x.z) ? N.of(1) : N.sub(softmaxEntropy(N, x.z, N.of(x.T2)), softmaxEntropy(N, x.z, N.of(x.T)))),
});

export const S1EntropyMonotone = universalStatement(
  meta(
    'entropy-monotone',
    "Softer = higher entropy: for every z ∈ R^N and 0 < T < T', H(softmax(z/T')) ≥ H(softmax(z/T)), strictly unless z is constant.",
  ),
  entropyCheck,
);

const onlyZ = logitsDomain({ names: ['z'] });

/** Uniform on the largest logits (ties share): the T → 0⁺ limit of softmax(z/T). */
function argmaxUniform(z: readonly string[]): string[] {
  const top = maxOf(z);
  const k = z.filter((l) => l === top).length;
  return z.map((l) => (l === top ? `1/${k}` : '0'));
}

export const S1TowardInfinity = universalStatement(
  meta('T-to-infinity-uniform', 'For every z: softmax(z/T) → (1/N, …, 1/N) as T → ∞.'),
  sequenceCheck({
    id: 'hinton-kd/S1',
    variant: 'T-to-infinity-uniform',
    title: 'softmax(z/T) → uniform as T → ∞',
    statement: 'max_i |softmax(z/T)_i − 1/N| → 0 as T → ∞',
    domain: onlyZ,
    runs: 60,
    screenIn: 'float64',
    temperatures: () => TOWARD_INFINITY,
    term: (N, x, T) =>
      maxAbs(
        N,
        softmaxT(N, x.z, T),
        x.z.map(() => N.ratio('1', String(x.z.length))),
      ),
    judge: (N, _x, terms) => staysAway(N, terms),
    quantity: '10^-6 − min of the last 3 distances max_i |softmax(z/T)_i − 1/N|',
    violation: 'The distance to the uniform distribution stays ≥ 10^-6.',
    procedure: LIMIT_PROCEDURE('T→∞'),
  }),
);

export const S1TowardZero = universalStatement(
  meta(
    'T-to-zero-argmax',
    'For every z: softmax(z/T) → the uniform distribution on argmax z as T → 0⁺ (one-hot when the largest logit is unique).',
  ),
  sequenceCheck({
    id: 'hinton-kd/S1',
    variant: 'T-to-zero-argmax',
    title: 'softmax(z/T) → uniform on argmax z as T → 0⁺',
    statement: 'max_i |softmax(z/T)_i − 1[z_i = max z]/#argmax| → 0 as T → 0⁺',
    domain: onlyZ,
    runs: 60,
    screenIn: 'float64',
    temperatures: () => TOWARD_ZERO,
    term: (N, x, T) =>
      maxAbs(
        N,
        softmaxT(N, x.z, T),
        argmaxUniform(x.z).map((r) => (r === '0' ? N.of(0) : N.ratio('1', r.slice(2)))),
      ),
    judge: (N, _x, terms) => staysAway(N, terms),
    quantity: '10^-6 − min of the last 3 distances to the uniform distribution on argmax z',
    violation: 'The distance to the uniform distribution on the largest logits stays ≥ 10^-6.',
    procedure: LIMIT_PROCEDURE('T→0⁺'),
  }),
);
