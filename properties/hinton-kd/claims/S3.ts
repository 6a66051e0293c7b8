import { mathjs } from '../../../engine/lazy-mathjs.js';
import type { StatementClaim } from '../../../engine/statement/claim.js';
import type { StatementOutcome } from '../../../engine/statement/outcome.js';
import { symbolicIdentity } from '../../../engine/statement/symbolic.js';
import { hintonSource } from '../models/statement-meta.js';

/**
 * S3 (§2.1, Eq. 2): ∂C/∂z_i = (1/T)(q_i − p_i) for C = −Σ_i p_i log q_i, q = softmax(z/T), Σp = 1.
 * Proved by mathjs: `derivative` differentiates C, and the difference with the claimed formula is
 * reduced to 0 (`symbolicEqual`, else `rationalize`). For every N at once, C is written for the
 * coordinate differentiated (i = 1; the others by symmetry):
 *   C = −(p_1 z_1 + Q)/T + log(e^{z_1/T} + R),
 * Q = Σ_{j≥2} p_j z_j and R = Σ_{j≥2} e^{z_j/T} free of z_1, log q_j = z_j/T − log Σ_k e^{z_k/T}, and
 * Σp = 1 already used; the sums are also written out in full for N = 2 and 3, without that step.
 */
const E1 = 'exp(z1 / T)';

/** The derivative mathjs finds, with e^{z1/T} renamed E so that the difference is a rational function. */
function derivativeOf(C: string, N?: number): string {
  const d = mathjs().derivative(C, 'z1').toString();
  const renamed = d.replaceAll(/exp\(z(\d+) \/ T\)/g, 'E$1');
  // Σp = 1: p_N = 1 − p_1 − … − p_{N−1}
  return N === undefined
    ? renamed
    : renamed.replaceAll(`P${N}`, `(1 - ${Array.from({ length: N - 1 }, (_, i) => `P${i + 1}`).join(' - ')})`);
}

/** The claimed formula for every N, in E1 = e^{z_1/T}, R, P1, T. Exported so tests can pass wrong ones. */
export const EQ2 = '(1/T) * (E1/(E1 + R) - P1)';

/** For every N: d/dz_1 of −(p_1 z_1 + Q)/T + log(e^{z_1/T} + R) against `claimed`. */
export function everyN(claimed: string = EQ2): StatementOutcome {
  const d = derivativeOf(`-(P1 * z1 + Q) / T + log(${E1} + R)`);
  return symbolicIdentity(d, claimed, ['E1', 'R', 'P1', 'T']);
}

/** The sums written out for N classes: C = −Σ_i p_i (z_i/T − log Σ_j e^{z_j/T}). */
export function writtenOut(N: number, claimed = (S: string) => `(1/T) * (E1/(${S}) - P1)`): StatementOutcome {
  const idx = Array.from({ length: N }, (_, i) => i + 1);
  const sum = idx.map((i) => `exp(z${i} / T)`).join(' + ');
  const C = `-(${idx.map((i) => `P${i} * (z${i} / T - log(${sum}))`).join(' + ')})`;
  return symbolicIdentity(derivativeOf(C, N), claimed(idx.map((i) => `E${i}`).join(' + ')), [
    ...idx.map((i) => `E${i}`),
    ...idx.slice(0, -1).map((i) => `P${i}`),
    'T',
  ]);
}

/** Without Σp = 1 the derivative is (1/T)(s·q_1 − p_1), s = Σp: the normalisation is what Eq. 2 uses. */
const normalisationUsed = () =>
  symbolicIdentity(derivativeOf(`-(P1 * z1 + Q) / T + s * log(${E1} + R)`), '(1/T) * (s * E1/(E1 + R) - P1)', [
    'E1',
    'R',
    'P1',
    's',
    'T',
  ]);

const scope = (o: StatementOutcome, what: string): StatementOutcome =>
  o.kind === 'derived' && !o.counterexample ? { ...o, detail: `${what}: ${o.detail}` } : o;

export const S3: StatementClaim = {
  id: 'hinton-kd/S3',
  source: hintonSource('S3', '2.1'),
  declaredIn: import.meta.url,
  title: 'The gradient of the soft-target cross-entropy (Eq. 2)',
  statement: '∂C/∂z_i = (1/T)(q_i − p_i) = (1/T)(e^{z_i/T}/Σ_j e^{z_j/T} − e^{v_i/T}/Σ_j e^{v_j/T}), C = −Σ_i p_i log q_i.',
  assumptions: ['q = softmax(z/T), p = softmax(v/T) at the same T (Eq. 1)', 'Σ_i p_i = 1', 'C the cross-entropy of q against p'],
  dependsOn: [],
  obligations: [
    {
      step: 'chain rule',
      text: 'd e^{z_1/T}/dz_1 = e^{z_1/T}/T (mathjs derivative)',
      evaluate: () => symbolicIdentity(mathjs().derivative(E1, 'z1').toString().replaceAll(E1, 'E1'), 'E1 / T', ['E1', 'T']),
    },
    {
      step: 'Σp = 1 is used',
      text: 'with s = Σp the derivative is (1/T)(s·q_i − p_i): Eq. 2 needs p normalised',
      evaluate: normalisationUsed,
    },
    {
      step: 'N = 2 written out',
      text: 'Eq. 2 with the sums in full, p_2 = 1 − p_1',
      evaluate: () => scope(writtenOut(2), 'N = 2'),
    },
    {
      step: 'N = 3 written out',
      text: 'Eq. 2 with the sums in full, p_3 = 1 − p_1 − p_2',
      evaluate: () => scope(writtenOut(3), 'N = 3'),
    },
  ],
  evaluate: () =>
    scope(
      everyN(),
      'Every N ≥ 2 (C written for the coordinate differentiated, R = Σ_{j≥2} e^{z_j/T}, Q = Σ_{j≥2} p_j z_j, Σp = 1 used; other coordinates by symmetry)',
    ),
};
