import { temperaturePart } from '../../../engine/domains/record.js';
import { temperatureLess } from '../../../engine/domains/temperature.js';
import type { AuditedOperator } from '../../../engine/operator.js';
import { pointwise } from '../../../engine/pointwise.js';
import { universalStatement, type StatementMeta } from '../../../engine/statement/universal.js';
import { equalMeans, matchedUpToShift, zeroMeaned } from '../models/assumptions.js';
import { gradient } from '../models/gradient.js';
import { logitsDomain } from '../models/logits-domain.js';
import { rateNotes } from '../models/rate-notes.js';
import { scaledGradientRate } from '../models/rate-claims.js';
import { rateSpec } from '../models/rates.js';
import { sequenceCheck } from '../models/sequence-check.js';
import { maxAbs } from '../models/softmax.js';
import { hintonSource, withNotes } from '../models/statement-meta.js';

/**
 * S2 (§2): the soft targets' gradients scale as 1/T², so the soft term is multiplied by T². Two
 * readings: exactly, at every T (T²·∂C/∂z does not depend on T; searched), and asymptotically as
 * T → ∞, with the rate: T²·∂C/∂z → ((z − z̄) − (v − v̄))/N with error Θ(1/T) (sequence evidence).
 */
const meta = (variant: string, statement: string): StatementMeta => ({
  id: 'hinton-kd/S2',
  variant,
  source: hintonSource('S2', '2'),
  declaredIn: import.meta.url,
  title: 'Soft-target gradients scale as 1/T²',
  statement,
  assumptions: ['C = −Σ p_i log q_i at temperature T, p and q softmaxes at the same T', '∂C/∂z from Eq. 2'],
  dependsOn: ['hinton-kd/S3'],
});

type ScaleInstance = { z: string[]; v: string[]; T: string; T2: string };

export const everyTCheck = pointwise<ScaleInstance, AuditedOperator>({
  id: 'hinton-kd/S2',
  variant: 'every-T',
  title: "T²·∂C/∂z is the same at T and T'",
  statement: "For all z, v and 0 < T < T': T²·∂C/∂z(T) = T'²·∂C/∂z(T').",
  strict: false,
  quantity: "−max_i |T²·∂C/∂z_i(T) − T'²·∂C/∂z_i(T')|",
  domain: logitsDomain({ names: ['z', 'v'] }, { T: temperaturePart, T2: temperaturePart }, (x) => temperatureLess(x.T, x.T2)),
  runs: 200,
  margin(N, _op, x) {
    const scaled = (t: string) => gradient(N, x.z, x.v, N.of(t)).map((g) => N.mul(N.mul(N.of(t), N.of(t)), g));
    return N.neg(maxAbs(N, scaled(x.T), scaled(x.T2)));
  },
});

export const S2EveryT = universalStatement(
  meta('every-T', 'Exactly: the soft-target gradient is c(z, v)/T², so T²·∂C/∂z is the same at every temperature.'),
  everyTCheck,
  [equalMeans, zeroMeaned, matchedUpToShift],
);

const asymptoticCheck = sequenceCheck(
  rateSpec(scaledGradientRate, {
    id: 'hinton-kd/S2',
    variant: 'asymptotic',
    title: 'T²·∂C/∂z → ((z − z̄) − (v − v̄))/N with error Θ(1/T)',
    statement: 'As T → ∞: T²·∂C/∂z_i = ((z_i − z̄) − (v_i − v̄))/N + K/T + o(1/T), K from the expansion.',
    domain: logitsDomain({ names: ['z', 'v'] }),
    runs: 40,
  }),
);

export const S2Asymptotic = withNotes(
  universalStatement(
    meta(
      'asymptotic',
      'As T → ∞ the soft-target gradient is ((z − z̄) − (v − v̄))/(N T²) + O(1/T³): the 1/T² scaling holds to first order, with a relative error Θ(1/T). (For N = 2 the 1/T term vanishes — the logistic function has no ε² term — and the error is O(1/T²); the check skips pairs whose expansion constant K is 0.)',
    ),
    asymptoticCheck,
  ),
  (run) => rateNotes(scaledGradientRate, run.ctx.precision, 'T²·∂C/∂z − ((z − z̄) − (v − v̄))/N'),
);
