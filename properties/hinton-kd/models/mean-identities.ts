import type { StatementOutcome } from '../../../engine/statement/outcome.js';
import { symbolicIdentity } from '../../../engine/statement/symbolic.js';
import { polynomialIdentity } from '../../../engine/statement/polynomial-identity.js';

/**
 * The decompositions that make the means minimisers, as identities in the logs (L… are free symbols
 * standing for logarithms, so mathjs sees polynomials), for N = 2 classes and M = 2 models; the
 * cancellation is term by term, the same for every N and M.
 */
const idx = [1, 2];
const sum = (f: (i: number) => string) => idx.map(f).join(' + ');
const double = (f: (m: number, i: number) => string) => idx.flatMap((m) => idx.map((i) => f(m, i))).join(' + ');

/** Σ_m KL(p^m‖q) = Σ_m KL(p^m‖a) + M·KL(a‖q), a the arithmetic mean (M a_i = Σ_m p^m_i): q = a minimises (Gibbs). */
export function arithmeticDecomposition(): StatementOutcome {
  const lhs = double((m, i) => `p${m}${i}*(Lp${m}${i} - Lq${i})`);
  const rhs = `${double((m, i) => `p${m}${i}*(Lp${m}${i} - La${i})`)} + ${sum((i) => `(p1${i} + p2${i})*(La${i} - Lq${i})`)}`;
  return symbolicIdentity(lhs, rhs, ['p11', 'p12', 'p21', 'p22', 'Lp11', 'Lp12', 'Lp21', 'Lp22', 'La1', 'La2', 'Lq1', 'Lq2']);
}

/**
 * Σ_m KL(q‖p^m) = M·KL(q‖g̃) − M log Z, g̃_i = Π_m (p^m_i)^{1/M}/Z (log g̃_i = Σ_m log p^m_i/M − log Z),
 * with Σq = 1 (q_2 = 1 − q_1): q = g̃ minimises.
 */
export function geometricDecomposition(): StatementOutcome {
  const q = (i: number) => (i === 2 ? '(1 - q1)' : 'q1');
  const lhs = double((m, i) => `${q(i)}*(Lq${i} - Lp${m}${i})`);
  // M·(log q_i − log g̃_i) = 2 Lq_i − (Lp1_i + Lp2_i) + 2 LZ: no division, so the difference is a polynomial
  const rhs = `${sum((i) => `${q(i)}*(2*Lq${i} - (Lp1${i} + Lp2${i}) + 2*LZ)`)} - 2*LZ`;
  return polynomialIdentity(lhs, rhs, ['q1', 'Lq1', 'Lq2', 'Lp11', 'Lp12', 'Lp21', 'Lp22', 'LZ']);
}
