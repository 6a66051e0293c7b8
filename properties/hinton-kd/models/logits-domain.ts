import * as fc from 'fast-check';
import { compareSize, type Domain } from '../../../engine/domains/domain.js';
import type { Part } from '../../../engine/domains/record.js';
import { arrayProblem, guarded, objectProblem, type Problem } from '../../../engine/domains/validate.js';
import { LOGIT_BOUND, logitArb, simplerLogits } from './logit-values.js';
import { centred, compare, complexity, mean, minus, parseRational, plus } from './rational.js';
import { RELATIONS, relate, type Relation } from './relations.js';

/** Logit vectors (student z, teacher v, …) of one length N, and further fields drawn from parts. */
export type LogitInstance<K extends string, E> = Record<K, string[]> & E;
export type PartsOf<E> = { [F in keyof E]: Part<E[F]> };

export const MAX_N = 6;

export interface LogitsOptions<K extends string> {
  /** The vectors, in order: the relation (shift, scale, equal means, …) ties the second to the first. */
  readonly names: readonly K[];
  /** Fix the relation of the pair (a statement's assumption, e.g. zero-meaned logits); otherwise drawn. */
  readonly relation?: Relation;
  readonly minN?: number;
}

/**
 * Logits on R^N as exact rationals, generated with the structure §2.1 turns on: shifts z + c·1,
 * scales k·z, zero-meaned and equal-mean pairs, ties, one far-negative coordinate (down to −1000),
 * equal vectors. Shrinks toward N = 2 and small integers, keeping the pair's relation (a zero-meaned
 * pair stays zero-meaned) so that a statement's assumption survives minimisation.
 */
export function logitsDomain<K extends string, E extends Record<string, unknown> = Record<never, never>>(
  options: LogitsOptions<K>,
  extra: PartsOf<E> = {} as PartsOf<E>,
  filter?: (x: LogitInstance<K, E>) => boolean,
): Domain<LogitInstance<K, E>> {
  type X = LogitInstance<K, E>;
  const { names, minN = 2 } = options;
  const fields = Object.keys(extra) as Array<keyof E & string>;
  const keep = (x: X) => !filter || filter(x);
  const vectors = fc
    .record({
      N: fc.integer({ min: minN, max: MAX_N }),
      relation: options.relation ? fc.constant(options.relation) : fc.constantFrom(...RELATIONS),
    })
    .chain(({ N, relation }) =>
      fc.record({
        base: fc.array(fc.array(logitArb, { minLength: N, maxLength: N }), { minLength: names.length, maxLength: names.length }),
        tie: fc.boolean(),
        far: fc.option(fc.constantFrom('-20', '-50', '-1000')),
        c: logitArb,
        relation: fc.constant(relation),
      }),
    )
    .map(({ base, tie, far, c, relation }) =>
      relate(
        base.map((v, k) => structured(v, k === 0 && tie, k === names.length - 1 ? far : null)),
        relation,
        c,
      ),
    );
  const arbitrary = fc
    .tuple(vectors, fc.record(Object.fromEntries(fields.map((f) => [f, extra[f].arbitrary]))))
    .map(([vs, rest]) => ({ ...Object.fromEntries(names.map((n, k) => [n, vs[k]])), ...rest }) as X)
    // a scale or shift can carry a far-negative logit past the bound
    .filter((x) => inBounds(x, names));
  const size = (x: X) => [
    x[names[0]].length,
    names.reduce((s, n) => s + x[n].reduce((a, l) => a + complexity(l), 0), 0),
    ...fields.flatMap((f) => extra[f].size(x[f])),
  ];
  return {
    arbitrary: filter ? arbitrary.filter(filter) : arbitrary,
    simplify(x) {
      const own = size(x);
      const restore = restorer(x, names);
      const N = x[names[0]].length;
      const dropped =
        N > minN ? Array.from({ length: N }, (_, i) => restore(names.map((n) => x[n].filter((_, j) => j !== i)))) : [];
      const entries = names.flatMap((n, k) =>
        x[n].flatMap((l, i) =>
          simplerLogits(l).map((s) => restore(names.map((m, h) => (h === k ? x[m].map((y, j) => (j === i ? s : y)) : x[m])))),
        ),
      );
      const logits = [...dropped, ...entries].map(
        (vs) => ({ ...x, ...Object.fromEntries(names.map((n, k) => [n, vs[k]])) }) as X,
      );
      const others = fields.flatMap((f) => extra[f].simplify(x[f]).map((v) => ({ ...x, [f]: v }) as X));
      return [...logits, ...others].filter((c) => inBounds(c, names) && keep(c) && compareSize(size(c), own) < 0);
    },
    neighbours: (x, scale, random) => {
      const n = names[Math.floor(random() * names.length)];
      const i = Math.floor(random() * x[n].length);
      const step = String(Math.max(1, Math.round(scale * 10)));
      return [plus, minus]
        .map((f) => ({ ...x, [n]: x[n].map((l, j) => (j === i ? f(l, step) : l)) }) as X)
        .filter((c) => inBounds(c, names) && keep(c));
    },
    size,
    describe: (x) => ({
      ...Object.fromEntries(names.map((n) => [n, [...x[n]]])),
      ...Object.fromEntries(fields.map((f) => [f, extra[f].describe(x[f])])),
    }),
    coverage: `${names.join(', ')} ∈ Q^N, N ${minN}–${MAX_N}: small integers and halves/quarters, |logit| ≤ ${LOGIT_BOUND}, with ${options.relation ?? RELATIONS.join(' / ')} structure, ties, one far-negative coordinate (−20, −50, −1000)${fields.length ? `; ${fields.map((f) => `${f}: ${extra[f].coverage}`).join('; ')}` : ''}`,
    validate: guarded((x) => {
      const shape = objectProblem(x, [...names, ...fields]);
      if (shape) return shape;
      const r = x as X;
      const problem =
        names.map((n) => vectorProblem(r[n], n, minN)).find(Boolean) ??
        (names.some((n) => r[n].length !== r[names[0]].length) ? 'the logit vectors differ in length' : undefined);
      if (problem) return problem;
      for (const f of fields) {
        const p = extra[f].validate(r[f], f);
        if (p) return p;
      }
      return keep(r) ? undefined : "the instance does not meet the domain's condition (outside what is generated)";
    }),
  };
}

/** A generated vector with a tie (the first two logits equal) and/or one far-negative coordinate. */
function structured(v: string[], tie: boolean, far: string | null): string[] {
  const w = tie ? [v[0], v[0], ...v.slice(2)] : [...v];
  if (far !== null) w[w.length - 1] = far;
  return w;
}

/** The structure of x that a simplification must keep: zero-meaned vectors stay so, an equal-mean pair too. */
function restorer<K extends string>(x: Record<K, string[]>, names: readonly K[]) {
  const zeroMean = names.map((n) => mean(x[n]) === '0');
  const equalMeans = names.length === 2 && compare(mean(x[names[0]]), mean(x[names[1]])) === 0;
  return (vs: string[][]): string[][] => {
    const kept = vs.map((v, k) => (zeroMean[k] ? centred(v) : v));
    if (!equalMeans || zeroMean.every(Boolean)) return kept;
    const shift = minus(mean(kept[0]), mean(kept[1]));
    return [kept[0], kept[1].map((l) => plus(l, shift))];
  };
}

const inBounds = <K extends string>(x: Record<K, string[]>, names: readonly K[]) =>
  names.every((n) => x[n].every((l) => compare(l, String(LOGIT_BOUND)) <= 0 && compare(l, String(-LOGIT_BOUND)) >= 0));

function vectorProblem(v: unknown, what: string, minN: number): Problem {
  const shape = arrayProblem(v, what, minN, MAX_N, 'N');
  if (shape) return shape;
  for (const [i, l] of (v as unknown[]).entries()) {
    if (!parseRational(l)) return `${what}[${i}] = ${JSON.stringify(l)} is not a rational "a" or "a/b"`;
    if (compare(l as string, String(LOGIT_BOUND)) > 0 || compare(l as string, String(-LOGIT_BOUND)) < 0)
      return `${what}[${i}] = ${l} is outside [−${LOGIT_BOUND}, ${LOGIT_BOUND}]`;
  }
  return undefined;
}
