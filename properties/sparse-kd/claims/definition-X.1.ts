import type { StatementClaim } from '../../../engine/statement/claim.js';
import type { StatementOutcome } from '../../../engine/statement/outcome.js';
import { intervalNum, type Num } from '../../../engine/num/index.js';
import { kl, least, oneHotStudents, topOneStudent, topOnePlusUniformStudents } from '../models/student-classes.js';
import { maxDistance } from '../models/softmax.js';
import { disjoint, show, type Enclosure } from '../models/enclose.js';
import { Decimal } from 'decimal.js';

const I = intervalNum(50);
const point = (q: readonly string[]) => q.map((r) => I.ratio(...(r.split('/') as [string, string])));
const enclosure = (v: ReturnType<typeof I.of>): Enclosure => {
  const [lo, hi] = I.bounds(v).map((s) => new Decimal(s));
  return { lo, hi, kind: 'interval' };
};

/**
 * argmin_{S ∈ S} KL(q‖S) on the top-1-plus-uniform class — the usual KD direction (teacher first),
 * not the one eq. (22) writes: for each i the optimum is a = max(q_i, 1/V) (moment matching,
 * clamped to the class), and the best i has the least KL(q‖S).
 */
function forwardTopOnePlusUniform<V>(N: Num<V>, q: readonly V[]): V[] {
  const candidates = q.map((qi, i) => topOneStudent(N, q.length, i, N.max(N.ratio('1', String(q.length)), qi)));
  return least(N, candidates, (S) => kl(N, q, S));
}

/** max_i |reverse − forward projection| at q (exact rationals), enclosed: 0 exactly when q is in the class. */
export function directionGap(q: readonly string[]): Enclosure {
  const Q = point(q);
  return enclosure(maxDistance(I, topOnePlusUniformStudents.project(I, Q), forwardTopOnePlusUniform(I, Q)));
}

const ZERO: Enclosure = { lo: new Decimal(0), hi: new Decimal(0), kind: 'interval' };

function readDefinition(): StatementOutcome {
  const q = ['1/2', '1/3', '1/6'];
  const gap = directionGap(q);
  const direction = disjoint(gap, ZERO)
    ? `the direction matters: on top-1-plus-uniform students at q = (${q.join(', ')}), argmin KL(S‖q) (eq. (22)) and argmin KL(q‖S) (the usual KD loss) differ by ${show(gap)} in max norm, so which operators are equivalent depends on it`
    : `the two directions agree at q = (${q.join(', ')})`;
  const u = point(['1/3', '1/3', '1/3']);
  const kl = u.map((_, i) => enclosure(I.neg(I.ln(u[i]))));
  const tied = kl.every((e) => e.lo.eq(kl[0].lo) && e.hi.eq(kl[0].hi));
  const argmin = tied
    ? `the argmin can be a set: on ${oneHotStudents.name} at q = u (V = 3), KL(e_i‖u) = ln 3 for every i (${show(kl[0])}), so all three students are optimal and (22) must compare sets`
    : 'the argmin was a single student at q = u';
  return {
    kind: 'no-proposition',
    detail: `A definition. Checked: ${direction}; ${argmin}; "for all teachers T" and F_T(T) use T for the teacher and for the temperature. The argmin exists on every class used here (finite or compact, KL(·‖q) lower semicontinuous).`,
  };
}

export const definitionX1: StatementClaim = {
  id: 'sparse-kd/definition-X.1',
  source: { paper: 'sparse-kd', label: 'Definition X.1', section: 'X' },
  declaredIn: import.meta.url,
  title: 'KD-equivalence',
  statement: 'F_T and G_T are S-KD-equivalent if for all teachers T: argmin_{S ∈ S} KL(S‖F_T(T)) = argmin_{S ∈ S} KL(S‖G_T(T)).',
  assumptions: ['S a restricted student class'],
  dependsOn: [],
  evaluate: readDefinition,
};
