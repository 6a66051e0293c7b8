import { mathjs } from '../../../engine/lazy-mathjs.js';
import type { StatementOutcome } from '../../../engine/statement/outcome.js';
import { symbolicIdentity } from '../../../engine/statement/symbolic.js';
import { universalStatement } from '../../../engine/statement/universal.js';
import { logitsDomain } from '../models/logits-domain.js';
import { rateNotes } from '../models/rate-notes.js';
import { highTemperatureRate } from '../models/rate-claims.js';
import { measureRate, rateSpec } from '../models/rates.js';
import { sequenceCheck } from '../models/sequence-check.js';
import { hintonSource, withNotes } from '../models/statement-meta.js';
import { times } from '../models/rational.js';

/**
 * S4 (§2.1, Eq. 3): for T large against the logits, ∂C/∂z_i ≈ (1/T)((1 + z_i/T)/(N + Σz/T) −
 * (1 + v_i/T)/(N + Σv/T)). The paper names no order; the expansion e^x = 1 + x + x²/2 + … in
 * numerator and denominator suggests an error O(|logits|²/T³) against a gradient of order
 * |logits|/T²: the check estimates the exponent and the constant along T = 10^k and compares
 * them with the order 3 and the exact ε² coefficient (models/expansion.ts). Sequence evidence.
 */
const FIRST_ORDER_F = 'exp(e*a)/(exp(e*a)+exp(e*b)+exp(e*c))';
const FIRST_ORDER_G = '(1+e*a)/(3+e*(a+b+c))';

/** Softmax and Eq. 3's linearisation agree at ε = 1/T = 0 and in their first derivative (N = 3, symbolic). */
function firstOrderAgreement(): StatementOutcome {
  const { derivative, simplify } = mathjs();
  const at0 = (s: string) => simplify(s, { e: 0 }).toString();
  const value = symbolicIdentity(at0(FIRST_ORDER_F), at0(FIRST_ORDER_G), ['a', 'b', 'c']);
  if (value.kind !== 'derived' || value.counterexample) return value;
  return symbolicIdentity(at0(derivative(FIRST_ORDER_F, 'e').toString()), at0(derivative(FIRST_ORDER_G, 'e').toString()), [
    'a',
    'b',
    'c',
  ]);
}

const check = sequenceCheck(
  rateSpec(highTemperatureRate, {
    id: 'hinton-kd/S4',
    title: 'Eq. 2 − Eq. 3 = Θ(T^-3), constant from the expansion',
    statement:
      'As T → ∞: ∂C/∂z − (Eq. 3) = K/T³ + o(1/T³), K = max_i |c_i(z) − c_i(v)|/N, c_i(x) = (u_i² − σ²)/2 + x̄·u_i, u = x − x̄·1.',
    domain: logitsDomain({ names: ['z', 'v'] }),
    runs: 40,
  }),
);

/** Doubling the logits multiplies the measured constant by 4: the error is quadratic in the logits. */
function logitScaling(precision: number): string {
  const x = { z: ['2', '0', '-1'], v: ['1', '1', '-3'] };
  const doubled = { z: x.z.map((l) => times(l, '2')), v: x.v.map((l) => times(l, '2')) };
  const [a, b] = [x, doubled].map((y) => measureRate(highTemperatureRate, y, precision).constant);
  return `Doubling the logits (z, v) = ((${x.z.join(', ')}), (${x.v.join(', ')})) takes T³·error from ${a} to ${b} (ratio ${(Number(b) / Number(a)).toFixed(4)}): the error is Θ(|logits|²/T³), quadratic in the logits as the expansion suggests.`;
}

export const S4 = withNotes(
  universalStatement(
    {
      id: 'hinton-kd/S4',
      source: hintonSource('S4', '2.1'),
      declaredIn: import.meta.url,
      title: 'High-temperature approximation of the gradient (Eq. 3)',
      statement:
        'If T is large compared with the magnitude of the logits, ∂C/∂z_i ≈ (1/T)((1 + z_i/T)/(N + Σ_j z_j/T) − (1 + v_i/T)/(N + Σ_j v_j/T)). Checked: the error is K/T³ (order 3, the expansion’s constant K), i.e. relative error Θ(|logits|/T) against a gradient of order |logits|/T².',
      assumptions: [
        'T large compared with the magnitude of the logits',
        '∂C/∂z from Eq. 2',
        'e^{x} ≈ 1 + x in numerator and denominator',
      ],
      dependsOn: ['hinton-kd/S3'],
      obligations: [
        {
          step: 'e^{x/T} ≈ 1 + x/T',
          text: 'softmax and the linearised (1 + z_i/T)/(N + Σz/T) agree at 1/T = 0 and in their first derivative in 1/T (N = 3, mathjs), so the error starts at the 1/T² terms',
          evaluate: firstOrderAgreement,
        },
      ],
    },
    check,
  ),
  (run) => [...rateNotes(highTemperatureRate, run.ctx.precision, 'Eq. 2 − Eq. 3'), logitScaling(run.ctx.precision)],
);
