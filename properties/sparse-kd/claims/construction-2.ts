import { universalStatement } from '../../../engine/statement/universal.js';
import { phiFunctions, type Phi } from '../../../operators/softening/index.js';
import { power } from '../../../operators/softening/power.js';
import { powerClassOperators } from '../../../operators/softening/power-class.js';
import { conformanceCandidates, conformanceCheck } from '../models/conformance.js';
import { meetsPhiConditions, phiConditions } from '../models/phi-conditions.js';

const familyOf = (phi: Phi) => powerClassOperators.find((op) => op.name === `power-class/${phi.name}`)!;
const meta = {
  id: 'sparse-kd/construction-2',
  source: { paper: 'sparse-kd', label: 'Construction 2 (Theorem V.1)', section: 'V' },
  declaredIn: import.meta.url,
  title: 'Power-transform class satisfies Axioms 1–5',
  dependsOn: ['sparse-kd/definition-IV.1', 'A0', 'A1', 'A2', 'A3', 'A4', 'A5'],
} as const;

/** One obligation per φ of the catalogue: does it meet the conditions the construction states? */
const conditionSteps = phiFunctions.map((phi) => ({
  step: `φ = ${phi.name} meets the stated conditions`,
  text: `${phi.formula} maps [0, 1] × ℝ⁺ to values ≥ 0, is strictly increasing in x and strictly decreasing in T for fixed x > 0`,
  evaluate: () => phiConditions(phi),
}));

const searched = phiFunctions.filter((phi) => meetsPhiConditions(phi) && phi.name !== 'log1p(x/T)');

/**
 * Construction 2 as stated: EVERY φ with the stated conditions gives, through eq. (8), a family
 * satisfying Axioms 1–5 ("under appropriate boundary conditions", which the paper does not state —
 * read literally, any unstated condition would do, so the stated ones are what can be tested). The
 * families searched are the catalogue's φ that meet the stated conditions (decided by the
 * obligations); x^(1/T) is not among them: for x < 1 it increases in T. log(1 + x/T) meets them
 * too but is left out of the search: certifying its T → 0⁺ limit needs ln at ~1000 digits, seconds
 * per point, and exp(x/T) and x/T already refute the statement under every candidate set (the
 * per-operator audit shows log(1 + x/T) failing A3, A4 and A5 as well).
 */
export const construction2 = universalStatement(
  {
    ...meta,
    variant: 'stated conditions on φ',
    statement:
      'For every φ : [0,1] × ℝ⁺ → ℝ⁺ strictly increasing in x and strictly decreasing in T (x > 0), F_T(p)_i = φ(p_i; T)/Σ_j φ(p_j; T) satisfies Axioms 1–5.',
    assumptions: [
      'φ strictly increasing in x',
      'φ strictly decreasing in T for fixed x > 0',
      'φ ≥ 0 ("ℝ⁺")',
      '"appropriate boundary conditions" (not stated)',
    ],
    obligations: conditionSteps,
  },
  conformanceCheck({ id: meta.id, variant: 'stated conditions on φ', operators: searched.map(familyOf), runs: 100 }),
  conformanceCandidates,
);

/** The construction's namesake, φ(x; T) = x^(1/T) (temperature scaling), as the intended instance. */
export const construction2Power = universalStatement(
  {
    ...meta,
    variant: 'power transform x^(1/T)',
    statement: 'With φ(x; T) = x^(1/T), F_T(p)_i = p_i^(1/T)/Σ_j p_j^(1/T) satisfies Axioms 1–5.',
    assumptions: ['φ(x; T) = x^(1/T)', 'p ∈ Δ^V (closed simplex)', 'T > 0'],
  },
  conformanceCheck({ id: meta.id, variant: 'power transform x^(1/T)', operators: [power, familyOf(phiFunctions[0])], runs: 150 }),
  conformanceCandidates,
);
