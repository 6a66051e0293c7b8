import { Decimal } from 'decimal.js';
import type { Check } from '../../../engine/check.js';
import { decimalPart, integerPart, recordDomain, simplexPart, temperaturePart } from '../../../engine/domains/record.js';
import { probabilities, tieGroups } from '../../../engine/instance/weights.js';
import type { AuditedOperator } from '../../../engine/operator.js';
import { pointwise } from '../../../engine/pointwise.js';
import { runCheck, type RunOptions } from '../../../engine/run-check.js';
import type { StatementOutcome } from '../../../engine/statement/outcome.js';
import { STATEMENT_SUBJECT } from '../../../engine/statement/subject.js';
import type { SofteningOperator } from '../../../engine/operators/softening.js';
import { maxDistance } from './softmax.js';
import { kl, type StudentClass } from './student-classes.js';
import { separateAsFunctions } from '../claims/theorem-V.3.js';

/**
 * S-KD-equivalence (Definition X.1) of two families, searched: the optimal students
 * argmin_{S ∈ S} KL(S‖F_T(p)) and argmin_{S ∈ S} KL(S‖G_T(p)) agree for every teacher p and T.
 * Teachers are interior points with a unique maximum and V ≤ 6 (the argmin is then one student;
 * Remark IV.2 sets ties aside), so a certified difference of the projections refutes equivalence.
 */
const MAX_V = 6;
const teachers = {
  ...recordDomain(
    { w: simplexPart, T: temperaturePart },
    (x) => x.w.length <= MAX_V && x.w.every((w) => new Decimal(w).gt(0)) && tieGroups(x.w).at(-1)!.length === 1,
  ),
  coverage: `teachers p in the interior of the simplex with a unique maximum, V ≤ ${MAX_V}; ${temperaturePart.coverage}`,
};

export function equivalenceCheck(
  S: StudentClass,
  F: SofteningOperator,
  G: SofteningOperator,
  runs = 80,
): Check<{ w: string[]; T: string }, AuditedOperator> {
  return pointwise<{ w: string[]; T: string }, AuditedOperator>({
    id: 'sparse-kd/theorem-X.2',
    variant: `${S.name}: ${F.name} ~ ${G.name}`,
    title: `${F.name} and ${G.name} are KD-equivalent on ${S.name}`,
    statement: `argmin_{S ∈ S} KL(S‖F_T(p)) = argmin_{S ∈ S} KL(S‖G_T(p)) for every teacher p and T, S = ${S.name}`,
    strict: false,
    quantity: '−max_i |π_S(F_T(p))_i − π_S(G_T(p))_i|',
    domain: teachers,
    runs,
    margin: (N, _subject, x) => {
      const p = probabilities(N, x.w);
      const T = N.of(x.T);
      return N.neg(maxDistance(N, S.project(N, F.apply(N, p, T)), S.project(N, G.apply(N, p, T))));
    },
  });
}

/**
 * The search of Theorem X.2 on a restricted class: every pair of the catalogue that is separated as
 * functions (a certified (p, T) where F_T(p) ≠ G_T(p)) and whose projections agree on every teacher
 * searched is a non-trivially S-KD-equivalent pair. The classes are the connected components.
 */
export function equivalentPairs(S: StudentClass, catalogue: readonly SofteningOperator[], run: RunOptions): StatementOutcome {
  const found: Array<[string, string]> = [];
  const separatedByTeacher: string[] = [];
  for (let i = 0; i < catalogue.length; i++) {
    for (let j = i + 1; j < catalogue.length; j++) {
      const [F, G] = [catalogue[i], catalogue[j]];
      if (!separateAsFunctions(F, G)) continue;
      const result = runCheck(equivalenceCheck(S, F, G), STATEMENT_SUBJECT, { ...run, corpus: undefined });
      if (result.verdict === 'holds') found.push([F.name, G.name]);
      else if (result.counterexample)
        separatedByTeacher.push(`${F.name} ≁ ${G.name} (${JSON.stringify(result.counterexample.instance)})`);
    }
  }
  const classes = components(found);
  const detail = `On ${S.name} (${S.text}), among ${catalogue.map((op) => op.name).join(', ')}: equivalence classes with distinct members ${classes.length ? classes.map((c) => `{${c.join(', ')}}`).join(', ') : 'none'}; pairs with a certified teacher where the optimal students differ: ${separatedByTeacher.length ? separatedByTeacher.join('; ') : 'none'}. Equivalence rests on search (teachers interior, unique maximum, V ≤ ${MAX_V}); distinctness of each pair on a certified (p, T).`;
  return found.length
    ? { kind: 'witness', witness: `${found[0][0]} ~ ${found[0][1]}`, verifiedBy: 'search', detail }
    : { kind: 'witness', verifiedBy: 'search', detail };
}

function components(edges: ReadonlyArray<[string, string]>): string[][] {
  const groups: Array<Set<string>> = [];
  for (const [a, b] of edges) {
    const joined = groups.filter((g) => g.has(a) || g.has(b));
    const merged = new Set([a, b, ...joined.flatMap((g) => [...g])]);
    for (const g of joined) groups.splice(groups.indexOf(g), 1);
    groups.push(merged);
  }
  return groups.map((g) => [...g]);
}

/**
 * The step the search rests on: π_S(q) is the optimal student, KL(π_S(q)‖q) ≤ KL(S‖q) for every
 * member S of the class (drawn by index and parameter), on the same teachers' softened targets.
 */
export function projectionIsOptimal(
  S: StudentClass,
  F: SofteningOperator,
  runs = 150,
): Check<{ w: string[]; T: string; k: number; a: string }, AuditedOperator> {
  return pointwise<{ w: string[]; T: string; k: number; a: string }, AuditedOperator>({
    id: 'sparse-kd/theorem-X.2',
    variant: `${S.name}: projection`,
    title: `the ${S.name} projection is the optimal student`,
    statement: `KL(π_S(q)‖q) ≤ KL(S‖q) for every S in ${S.name}, q = F_T(p), F = ${F.name}`,
    strict: false,
    quantity: 'KL(S‖q) − KL(π_S(q)‖q)',
    domain: {
      ...recordDomain(
        { w: simplexPart, T: temperaturePart, k: integerPart(0, 40), a: decimalPart('0', '1') },
        (x) => x.w.length <= MAX_V && x.w.every((w) => new Decimal(w).gt(0)),
      ),
      coverage: `teachers p in the interior, V ≤ ${MAX_V}; ${temperaturePart.coverage}; class members by index 0–40 and a ∈ [0, 1]`,
    },
    runs,
    margin: (N, _subject, x) => {
      const p = probabilities(N, x.w);
      const q = F.apply(N, p, N.of(x.T));
      return N.sub(kl(N, S.member(N, q.length, x.k, N.of(x.a)), q), kl(N, S.project(N, q), q));
    },
  });
}
