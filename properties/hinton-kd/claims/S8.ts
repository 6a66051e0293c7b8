import { probabilities } from '../../../engine/instance/weights.js';
import type { Num } from '../../../engine/num/index.js';
import type { AuditedOperator } from '../../../engine/operator.js';
import { pointwise } from '../../../engine/pointwise.js';
import type { StatementClaim } from '../../../engine/statement/claim.js';
import { universalStatement, type Assumption, type StatementMeta } from '../../../engine/statement/universal.js';
import { modelsDomain, type ModelsAndCompetitor } from '../models/ensemble-domain.js';
import { arithmeticDecomposition, geometricDecomposition } from '../models/mean-identities.js';
import {
  arithmeticMean,
  geometricMean,
  specialistsObjective,
  unnormalisedGeometricMean,
  type Direction,
} from '../models/specialists.js';
import { hintonSource } from '../models/statement-meta.js';

/**
 * S8 (§5, Eq. 5): when every model gives a probability for each class (no dustbins), the q minimising
 * Σ_m KL(p^m, q) is the arithmetic mean of the models, and the q minimising Σ_m KL(q, p^m) is their
 * geometric mean. Which mean goes with which direction, and whether the geometric mean is normalised,
 * the paper leaves to the reader: every pairing is a reading. The arithmetic mean is Ensemble-KD's
 * linear pool and the normalised geometric mean its log pool, both with equal weights
 * (operators/aggregation/pools.ts): S8 says each pool is the KL barycentre of the teachers in one
 * direction.
 */
type Mean = 'arithmetic' | 'geometric-normalised' | 'geometric-unnormalised';
const MEANS: Record<Mean, <V>(N: Num<V>, ps: readonly (readonly V[])[]) => V[]> = {
  arithmetic: arithmeticMean,
  'geometric-normalised': geometricMean,
  'geometric-unnormalised': unnormalisedGeometricMean,
};
const POOL: Record<Mean, string> = {
  arithmetic: 'linear-pool',
  'geometric-normalised': 'log-pool',
  'geometric-unnormalised': 'log-pool',
};
const POOL_TEXT: Record<Mean, string> = {
  arithmetic: 'the arithmetic mean is Ensemble-KD’s linear pool (linear-pool) with equal weights',
  'geometric-normalised': 'the normalised geometric mean is Ensemble-KD’s log pool (log-pool) with equal weights',
  'geometric-unnormalised': 'the unnormalised geometric mean is Ensemble-KD’s log pool (log-pool) before its normalisation',
};

/** min over competitors c ∈ {q, arithmetic mean, normalised geometric mean} of F(c) − F(X); −|ΣX − 1| when X is off the simplex. */
export function argminCheck(direction: Direction, mean: Mean, variant = `${direction}-${mean}`) {
  return pointwise<ModelsAndCompetitor, AuditedOperator>({
    id: 'hinton-kd/S8',
    variant,
    title: `the ${mean} mean minimises Σ_m ${direction.replace('p', 'p^m')}`,
    statement: `For all models p^1…p^M of full support: the ${mean} mean X is a distribution and Σ_m ${direction}(X) ≤ Σ_m ${direction}(c) for every distribution c.`,
    strict: false,
    quantity: `min(−|ΣX − 1|, min_c F(c) − F(X)), c ∈ {q, arithmetic mean, normalised geometric mean}`,
    domain: modelsDomain,
    runs: 150,
    margin<V>(N: Num<V>, _op: AuditedOperator, x: ModelsAndCompetitor) {
      const ps = x.models.map((w) => probabilities(N, w));
      const all = x.q.map((_, i) => i);
      const F = (q: readonly V[]) =>
        specialistsObjective(
          N,
          ps.map((p) => ({ classes: all, p })),
          q,
          direction,
        );
      const X = MEANS[mean](N, ps);
      const competitors = [probabilities(N, x.q), arithmeticMean(N, ps), geometricMean(N, ps)];
      const beaten = competitors.map((c) => N.sub(F(c), F(X))).reduce((m, d) => N.min(m, d));
      return N.min(N.neg(N.abs(N.sub(N.sum(X), N.of(1)))), beaten);
    },
  });
}

const agree: Assumption<ModelsAndCompetitor> = {
  name: 'models agree',
  text: 'all models give the same distribution',
  holds: (x) => x.models.every((p) => probabilitiesEqual(p, x.models[0])),
};
function probabilitiesEqual(a: readonly string[], b: readonly string[]): boolean {
  const [sa, sb] = [a, b].map((w) => w.reduce((s, x) => s + BigInt(x), 0n));
  return a.every((w, i) => BigInt(w) * sb === BigInt(b[i]) * sa);
}

const meta = (direction: Direction, mean: Mean): StatementMeta => ({
  id: 'hinton-kd/S8',
  variant: `${direction}-${mean}`,
  source: hintonSource('S8', '5'),
  declaredIn: import.meta.url,
  title: 'Combining models: which mean minimises which KL (Eq. 5)',
  statement: `Reading: argmin_q Σ_m ${direction.replace('p', 'p^m')} is the ${mean} mean of the models (every model gives a probability for each class). Tie to Ensemble-KD: ${POOL_TEXT[mean]}.`,
  assumptions: [
    'every model gives a single probability for each class (no dustbins)',
    'models of full support',
    'q ranges over the simplex',
  ],
  dependsOn: [POOL[mean]],
});

const proofStep = (direction: Direction) =>
  direction === 'KL(p,q)'
    ? {
        step: 'Σ_m KL(p^m‖q) = Σ_m KL(p^m‖a) + M·KL(a‖q)',
        text: 'the decomposition around the arithmetic mean a (N = M = 2, mathjs): KL(a‖q) ≥ 0 with equality only at q = a',
        evaluate: arithmeticDecomposition,
      }
    : {
        step: 'Σ_m KL(q‖p^m) = M·KL(q‖g̃) − M log Z',
        text: 'the decomposition around the normalised geometric mean g̃ (N = M = 2, Σq = 1, mathjs): minimal only at q = g̃',
        evaluate: geometricDecomposition,
      };

const reading = (direction: Direction, mean: Mean, withProof: boolean) =>
  universalStatement(
    { ...meta(direction, mean), ...(withProof ? { obligations: [proofStep(direction)] } : {}) },
    argminCheck(direction, mean),
    [agree],
  );

export const S8ArithmeticForKLpq = reading('KL(p,q)', 'arithmetic', true);
export const S8GeometricForKLqp = reading('KL(q,p)', 'geometric-normalised', true);
export const S8UnnormalisedGeometric = reading('KL(q,p)', 'geometric-unnormalised', false);
export const S8GeometricForKLpq = reading('KL(p,q)', 'geometric-normalised', false);
export const S8ArithmeticForKLqp = reading('KL(q,p)', 'arithmetic', false);

export const S8NoClosedForm: StatementClaim = {
  id: 'hinton-kd/S8',
  variant: 'no-general-closed-form',
  source: hintonSource('S8', '5'),
  declaredIn: import.meta.url,
  title: 'Combining specialists: no general closed form (Eq. 5)',
  statement:
    'With dustbin classes, the minimiser of KL(p^g, q) + Σ_m KL(p^m, q) has no general closed form (it is found by gradient descent on the logits of q).',
  assumptions: ['specialists over their special classes plus a dustbin'],
  dependsOn: ['linear-pool', 'log-pool'],
  evaluate: () => ({
    kind: 'no-proposition',
    detail:
      '"No closed form" fixes no class of formulas to rule out, so no instance can contradict it. The objective itself is encoded (models/specialists.ts: each specialist sees q with its non-special classes lumped into the dustbin); without dustbins its minimisers are the linear pool (KL(p, q)) and the log pool (KL(q, p)) of Ensemble-KD, as the other readings of S8 check.',
  }),
};
