import { integerPart, recordDomain, simplexPart, temperaturePart } from '../../../engine/domains/record.js';
import { compareWeights, probabilities } from '../../../engine/instance/weights.js';
import { entropy } from '../../../engine/math/entropy.js';
import type { Num } from '../../../engine/num/index.js';
import type { AuditedOperator } from '../../../engine/operator.js';
import { pointwise } from '../../../engine/pointwise.js';
import type { Obligation } from '../../../engine/statement/claim.js';
import { searchedStep } from '../../../engine/statement/universal.js';
import { temperatureLess } from '../../../engine/domains/temperature.js';
import { powerTransform } from '../../../operators/softening/power.js';
import type { Completion } from './top-k-completions.js';

/** A full distribution (weights, sorted largest first inside the margins), how many tokens the API shows, and T < T2. */
type TopK = { w: string[]; k: number; T: string; T2: string };

const MAX_K = 8;
/** Vocabularies up to 64 tokens: the simplex domain's V = 1200 Zipf points cost seconds per interval certification and add nothing a small V does not show. */
const MAX_V = 64;
const nonZero = (w: readonly string[]) => w.filter((x) => compareWeights(x, '0') > 0).length;
// §II.C's assumption Σ_{i≤k} p_(i) < 1: some mass is unseen
const domain = recordDomain<TopK>(
  { w: simplexPart, k: integerPart(1, MAX_K), T: temperaturePart, T2: temperaturePart },
  (x) => x.w.length <= MAX_V && x.k < nonZero(x.w) && temperatureLess(x.T, x.T2),
);

const sorted = (w: readonly string[]) => [...w].sort((a, b) => compareWeights(b, a));

/** p's weights sorted largest first (the truth, used only to know which orders the API reveals) and the visible top k. */
function truncate<V>(N: Num<V>, x: TopK) {
  const w = sorted(x.w);
  return { w, visible: probabilities(N, w).slice(0, x.k) };
}

const maxOf = <V>(N: Num<V>, xs: readonly V[]) => xs.reduce((m, v) => N.max(m, v));
const minOf = <V>(N: Num<V>, xs: readonly V[]) => xs.reduce((m, v) => N.min(m, v));

interface Property {
  /** Short key for the check's variant (and its corpus file). */
  key: string;
  step: string;
  text: string;
  strict: boolean;
  quantity: string;
  margin<V>(N: Num<V>, completion: Completion, x: TopK): V;
}

/**
 * The softening axioms read for G_T(q) = F_T(c(q)), power scaling F_T after completion c, as a map
 * of the top-k input q (the full p is used only to say which orderings are known to the API).
 * A0 holds by construction (power maps Δ^V into Δ^V) and A2 needs no check (c is continuous in q
 * and does not depend on T); ranking among unseen tokens is not applicable (their identities are
 * unknown). A5's limits are taken exactly from power's: T → 0⁺ gives the uniform distribution on
 * argmax c, T → ∞ the uniform distribution on supp c.
 */
const properties: Property[] = [
  {
    key: 'A1',
    step: 'A1 on the top-k input',
    text: 'p_i > p_j ⇒ G_T(q)_i > G_T(q)_j for visible i and every token j whose order the API reveals (visible j, or unseen j when p_i exceeds the largest unseen mass)',
    strict: true,
    quantity: 'min over revealed pairs of G_T(q)_i − G_T(q)_j',
    margin(N, c, x) {
      const { w, visible } = truncate(N, x);
      const G = powerTransform(N, c.complete(N, visible, w.length), N.of(x.T));
      const unseenTop = maxOf(N, G.slice(x.k));
      const gaps = visible.flatMap((_, i) => [
        ...(i + 1 < x.k && compareWeights(w[i], w[i + 1]) > 0 ? [N.sub(G[i], G[i + 1])] : []),
        ...(compareWeights(w[i], w[x.k]) > 0 ? [N.sub(G[i], unseenTop)] : []),
      ]);
      return gaps.length ? minOf(N, gaps) : N.of(1);
    },
  },
  {
    key: 'A3',
    step: 'A3 on the top-k input',
    text: 'T < T2 ⇒ H(G_T2(q)) ≥ H(G_T(q))',
    strict: false,
    quantity: 'H(G_T2(q)) − H(G_T(q))',
    margin(N, c, x) {
      const { w, visible } = truncate(N, x);
      const completed = c.complete(N, visible, w.length);
      return N.sub(entropy(N, powerTransform(N, completed, N.of(x.T2))), entropy(N, powerTransform(N, completed, N.of(x.T))));
    },
  },
  {
    key: 'A4',
    step: 'A4 on the top-k input',
    text: 'G_1(q)_i = q_i for every visible token: at T = 1 the observed probabilities are returned unchanged',
    strict: false,
    quantity: '−max_{i≤k} |G_1(q)_i − q_i|',
    margin(N, c, x) {
      const { w, visible } = truncate(N, x);
      const G = powerTransform(N, c.complete(N, visible, w.length), N.of(1));
      return N.neg(
        maxOf(
          N,
          visible.map((q, i) => N.abs(N.sub(G[i], q))),
        ),
      );
    },
  },
  {
    key: 'A5-zero',
    step: 'A5 (T → 0⁺) on the top-k input',
    text: 'when the top token is unique (p_1 > p_2), G_T(q) → one-hot on it: c(q)_1 > c(q)_j for every j ≠ 1',
    strict: true,
    quantity: 'c(q)_1 − max_{j≥2} c(q)_j (when p_1 > p_2)',
    margin(N, c, x) {
      const { w, visible } = truncate(N, x);
      if (compareWeights(w[0], w[1]) <= 0) return N.of(1);
      const completed = c.complete(N, visible, w.length);
      return N.sub(completed[0], maxOf(N, completed.slice(1)));
    },
  },
  {
    key: 'A5-infinity',
    step: 'A5 (T → ∞) on the top-k input',
    text: 'G_T(q) → uniform on all V tokens: c(q)_j > 0 for every j',
    strict: true,
    quantity: 'min_j c(q)_j',
    margin(N, c, x) {
      const { w, visible } = truncate(N, x);
      return minOf(N, c.complete(N, visible, w.length));
    },
  },
];

/** The properties of one completion as obligations, each searched on its own (truncated inputs with V ≤ 64, k ≤ 8 and Σ visible < 1). */
export function completionProperties(completion: Completion, runs = 100): Obligation[] {
  return properties.map((property) => {
    const check = pointwise<TopK, AuditedOperator>({
      id: 'sparse-kd/top-k-II.C',
      variant: `${completion.name}/${property.key}`,
      title: `${property.step}, ${completion.name} completion then power scaling`,
      statement: property.text,
      strict: property.strict,
      quantity: property.quantity,
      domain,
      runs,
      margin: (N, _subject, x) => property.margin(N, completion, x),
    });
    return searchedStep(property.step, property.text, check);
  });
}
