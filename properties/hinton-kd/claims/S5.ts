import type { AuditedOperator } from '../../../engine/operator.js';
import { pointwise } from '../../../engine/pointwise.js';
import type { StatementClaim } from '../../../engine/statement/claim.js';
import { symbolicIdentity } from '../../../engine/statement/symbolic.js';
import { universalStatement, type StatementMeta } from '../../../engine/statement/universal.js';
import { temperaturePart } from '../../../engine/domains/record.js';
import { matchedUpToShift } from '../models/assumptions.js';
import { gradient, matchingLogitsGradient } from '../models/gradient.js';
import { logitsDomain } from '../models/logits-domain.js';
import { rateNotes } from '../models/rate-notes.js';
import { matchingLogitsRate } from '../models/rate-claims.js';
import { rateSpec } from '../models/rates.js';
import { sequenceCheck } from '../models/sequence-check.js';
import { maxAbs } from '../models/softmax.js';
import { hintonSource, withNotes } from '../models/statement-meta.js';

/**
 * S5 (§2.1, Eq. 4): with zero-meaned logits (Σz = Σv = 0) Eq. 3 becomes ∂C/∂z_i ≈ (z_i − v_i)/(N T²).
 * Three readings: the simplification itself (Eq. 3 with zero sums is Eq. 4, an identity proved by
 * mathjs); Eq. 4 as the exact gradient (searched); and Eq. 4 as an approximation of the exact
 * gradient with its rate (Θ(T^-3), sequence evidence).
 */
const meta = (variant: string, statement: string): StatementMeta => ({
  id: 'hinton-kd/S5',
  variant,
  source: hintonSource('S5', '2.1'),
  declaredIn: import.meta.url,
  title: 'Zero-meaned logits: ∂C/∂z_i ≈ (z_i − v_i)/(N T²) (Eq. 4)',
  statement,
  assumptions: [
    'Σ_j z_j = Σ_j v_j = 0 (logits zero-meaned separately for each transfer case)',
    'T large compared with the logits (Eq. 3)',
  ],
  dependsOn: ['hinton-kd/S4'],
});

/** Eq. 3 at Σz = Σv = 0, one coordinate (a = z_i, b = v_i): (1/T)((1 + a/T)/N − (1 + b/T)/N) = (a − b)/(N T²). */
export const simplification = (claimed = '(a - b)/(N*T^2)') =>
  symbolicIdentity('(1/T)*((1 + a/T)/(N + 0/T) - (1 + b/T)/(N + 0/T))', claimed, ['a', 'b', 'N', 'T']);

export const S5Simplification: StatementClaim = {
  ...meta('eq-3-to-eq-4', 'With Σz = Σv = 0, Eq. 3 is exactly (z_i − v_i)/(N T²).'),
  evaluate: () => simplification(),
};

const zeroMeaned = logitsDomain({ names: ['z', 'v'], relation: 'zero-means' });

export const exactCheck = pointwise<{ z: string[]; v: string[]; T: string }, AuditedOperator>({
  id: 'hinton-kd/S5',
  variant: 'exact-vs-approx',
  title: 'Eq. 4 is the gradient exactly on zero-meaned logits',
  statement: 'For zero-meaned z, v and T > 0: ∂C/∂z_i = (z_i − v_i)/(N T²).',
  strict: false,
  quantity: '−max_i |∂C/∂z_i − (z_i − v_i)/(N T²)|',
  domain: logitsDomain({ names: ['z', 'v'], relation: 'zero-means' }, { T: temperaturePart }),
  runs: 100,
  margin: (N, _op, x) => N.neg(maxAbs(N, gradient(N, x.z, x.v, N.of(x.T)), matchingLogitsGradient(N, x.z, x.v, N.of(x.T)))),
});

export const S5ExactVsApprox = universalStatement(
  meta('exact-vs-approx', 'Read with "=": on zero-meaned logits the gradient is (z_i − v_i)/(N T²) at every T.'),
  exactCheck,
  [matchedUpToShift],
);

export const S5Asymptotic = withNotes(
  universalStatement(
    meta(
      'asymptotic',
      'On zero-meaned logits, ∂C/∂z_i − (z_i − v_i)/(N T²) = K/T³ + o(1/T³) as T → ∞, K from the softmax expansion (relative error Θ(|logits|/T)).',
    ),
    sequenceCheck(
      rateSpec(matchingLogitsRate, {
        id: 'hinton-kd/S5',
        variant: 'asymptotic',
        title: 'Eq. 2 − Eq. 4 = Θ(T^-3) on zero-meaned logits',
        statement: 'As T → ∞, zero-meaned z, v: ∂C/∂z − Eq. 4 = K/T³ + o(1/T³), K = max_i |(u_i² − σ_z²) − (w_i² − σ_v²)|/(2N).',
        domain: zeroMeaned,
        runs: 40,
      }),
    ),
  ),
  (run) => rateNotes(matchingLogitsRate, run.ctx.precision, 'Eq. 2 − Eq. 4', [{ z: ['1', '0', '-1'], v: ['2', '-1', '-1'] }]),
);
