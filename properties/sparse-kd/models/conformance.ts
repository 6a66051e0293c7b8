import * as fc from 'fast-check';
import { Decimal } from 'decimal.js';
import { A0, A1, A2, A3, A4 } from '../../../axioms/softening.js';
import { limitCheck } from '../../../axioms/softening/a5-limits.js';
import type { Check, AnyCheck } from '../../../engine/check.js';
import { choiceProblem, firstProblem, guarded, objectProblem } from '../../../engine/domains/validate.js';
import { tieGroups } from '../../../engine/instance/weights.js';
import type { AuditedOperator } from '../../../engine/operator.js';
import type { Assumption } from '../../../engine/statement/universal.js';
import type { SofteningOperator } from '../../../engine/operators/softening.js';

/**
 * "Family F satisfies Axioms 1–5" as ONE searched statement, so that a construction of §V (a set
 * of operator families) becomes a universal claim the engine can refute, minimise and rescue under
 * candidate assumptions. An instance names an operator, a part of an axiom and that axiom's own
 * instance; screening and certification are the axiom checks of axioms/softening.ts, unchanged.
 * A5 is split into its two limits, so that a reading on T ≥ 1 (T ≤ 1) asks only for T → ∞ (T → 0⁺).
 */
const PARTS = {
  A0,
  A1,
  A2,
  A3,
  A4,
  'A5 T→0⁺': limitCheck(['T→0⁺']),
  'A5 T→∞': limitCheck(['T→∞']),
} satisfies Record<string, AnyCheck>;

export type AxiomPart = keyof typeof PARTS;
export const AXIOM_PARTS = Object.keys(PARTS) as AxiomPart[];

export interface Conformance {
  operator: string;
  axiom: AxiomPart;
  /** The axiom's own instance: { w, T }, { w, T, T2 }, { w, T, move } or { w }. */
  x: { w: string[]; T?: string; T2?: string; move?: unknown };
}

/**
 * Largest V searched: the axiom checks of an iterative family (entropy projection) cost seconds per
 * certification at large V, and a statement must run in about 5 s. Every failure of the
 * constructions seen in the per-operator audit already occurs at V ≤ 4.
 */
const MAX_V = 6;

export interface ConformanceOptions {
  id: string;
  variant?: string;
  operators: readonly SofteningOperator[];
  axioms?: readonly AxiomPart[];
  runs: number;
}

/** The axiom checks of `axioms` (default: A0–A5) on every family of `operators`, as one check. */
export function conformanceCheck(options: ConformanceOptions): Check<Conformance, AuditedOperator> {
  const { operators } = options;
  const axioms = options.axioms ?? AXIOM_PARTS;
  const find = (name: string) => {
    const op = operators.find((o) => o.name === name);
    if (!op) throw new Error(`conformance: unknown operator ${name}`);
    return op;
  };
  const inner = (c: Conformance) => PARTS[c.axiom] as Check<Conformance['x']>;
  const wrap = (c: Conformance, xs: Array<Conformance['x']>) => xs.map((x) => ({ ...c, x }));
  return {
    id: options.id,
    ...(options.variant ? { variant: options.variant } : {}),
    title: `${operators.map((o) => o.name).join(', ')} satisfy ${axioms.join(', ')}`,
    statement: `For each family F in {${operators.map((o) => o.name).join(', ')}} and each axiom part in {${axioms.join(', ')}}: F satisfies it.`,
    domain: {
      arbitrary: fc
        .record({ operator: fc.constantFrom(...operators.map((o) => o.name)), axiom: fc.constantFrom(...axioms) })
        .chain((c) =>
          inner(c as Conformance)
            .domain.arbitrary.filter((x) => x.w.length <= MAX_V)
            .map((x) => ({ ...c, x }) as Conformance),
        ),
      simplify: (c) => wrap(c, inner(c).domain.simplify(c.x)),
      neighbours: (c, scale, random) => wrap(c, inner(c).domain.neighbours(c.x, scale, random)),
      size: (c) => inner(c).domain.size(c.x),
      describe: (c) => ({ operator: c.operator, axiom: c.axiom, ...inner(c).domain.describe(c.x) }),
      coverage: `operators ${operators.map((o) => o.name).join(', ')}; axioms ${axioms.join(', ')}, each on its own domain with V ≤ ${MAX_V}`,
      validate: guarded((x) => {
        const c = x as Conformance;
        return firstProblem(
          () => objectProblem(x, ['operator', 'axiom', 'x']),
          () =>
            choiceProblem(
              c.operator,
              'operator',
              operators.map((o) => o.name),
            ),
          () => choiceProblem(c.axiom, 'axiom', axioms),
          () => inner(c).domain.validate(c.x),
          () => (c.x.w.length <= MAX_V ? undefined : `V = ${c.x.w.length} is above ${MAX_V}`),
        );
      }),
    },
    runs: options.runs,
    evidenceKind: 'search',
    procedure: 'each axiom check screened and certified as in kdaudit audit (A2 by jump search, A5 along certified sequences)',
    screen: (_subject, c, ctx) => inner(c).screen(find(c.operator), c.x, ctx),
    certify: (_subject, c, ctx) => inner(c).certify(find(c.operator), c.x, ctx),
  };
}

const temperatures = (c: Conformance) => [c.x.T, c.x.T2].filter((t): t is string => t !== undefined).map(Number);

/** The reviewer's candidate assumptions for a construction refuted on the closed simplex and all T > 0. */
export const conformanceCandidates: ReadonlyArray<Assumption<Conformance>> = [
  {
    name: 'interior',
    text: 'p in the interior of the simplex (every p_i > 0)',
    holds: (c) => c.x.w.every((w) => new Decimal(w).gt(0)),
  },
  {
    name: 'T ≥ 1',
    text: 'only temperatures T ≥ 1 (softening only; Axiom 5 asks only for T → ∞)',
    holds: (c) => c.axiom !== 'A5 T→0⁺' && temperatures(c).every((t) => t >= 1),
  },
  {
    name: 'T ≤ 1',
    text: 'only temperatures T ≤ 1 (sharpening only; Axiom 5 asks only for T → 0⁺)',
    holds: (c) => c.axiom !== 'A5 T→∞' && temperatures(c).every((t) => t <= 1),
  },
  {
    name: 'no ties',
    text: 'p has pairwise distinct coordinates',
    holds: (c) => tieGroups(c.x.w).every((g) => g.length === 1),
  },
];
