import type { MathJsInstance, MathNode } from 'mathjs';
import { mathjs } from '../lazy-mathjs.js';
import type { StatementOutcome } from './outcome.js';

let bigintMath: MathJsInstance | undefined;
/** mathjs over BigInt, made on first use (see engine/lazy-mathjs.ts). */
const math = (): MathJsInstance => (bigintMath ??= mathjs().create(mathjs().all, { number: 'bigint' }));

/**
 * A polynomial identity lhs = rhs proved by exact evaluation on a finite grid. If the difference
 * has degree ≤ d_v in each variable v, it vanishes identically iff it vanishes on the grid
 * ∏_v {0, …, d_v} (a nonzero polynomial cannot vanish on such a grid: induction on the variables,
 * as in Alon's Combinatorial Nullstellensatz). The degrees are read off the mathjs parse tree and
 * every value is a BigInt, so the proof is exact. Used where mathjs's `symbolicEqual`/`rationalize`
 * does not finish on the decomposition's expressions in reasonable time. A nonzero value at a grid
 * point refutes the identity with that point.
 */
export function polynomialIdentity(lhs: string, rhs: string, variables: readonly string[]): StatementOutcome {
  const difference = math().parse(`(${lhs}) - (${rhs})`);
  const degrees = variables.map((v) => degree(difference, v));
  const compiled = difference.compile();
  let points = 0;
  for (const point of grid(degrees)) {
    points++;
    const scope = Object.fromEntries(variables.map((v, i) => [v, BigInt(point[i])]));
    const value = compiled.evaluate(scope) as bigint;
    if (value !== 0n) {
      const at = Object.fromEntries(variables.map((v, i) => [v, String(point[i])]));
      return {
        kind: 'derived',
        method: 'exhaustive',
        detail: `${lhs} − (${rhs}) is ${value} at an integer point (exact BigInt arithmetic).`,
        counterexample: {
          instance: { ...at, identity: `${lhs} = ${rhs}` },
          certificate: {
            kind: 'interval',
            quantity: `(${lhs}) − (${rhs})`,
            lo: String(value),
            hi: String(value),
            explanation: 'Exact integer arithmetic (a degenerate interval): the difference is not 0.',
          },
          replay: 'npx kdaudit audit',
          size: [variables.length],
        },
      };
    }
  }
  const shape = variables.map((v, i) => `${v}: ${degrees[i]}`).join(', ');
  return {
    kind: 'derived',
    method: 'exhaustive',
    detail: `The difference has degree ≤ (${shape}) per variable and is exactly 0 at all ${points} points of the grid ∏{0, …, d_v}: identically 0.`,
  };
}

/** An upper bound on the degree of `node` in `v`; throws on anything that is not a polynomial. */
function degree(node: MathNode, v: string): number {
  const n = node as MathNode & {
    args?: MathNode[];
    op?: string;
    fn?: string;
    name?: string;
    content?: MathNode;
    value?: unknown;
  };
  switch (node.type) {
    case 'ConstantNode':
      return 0;
    case 'SymbolNode':
      return n.name === v ? 1 : 0;
    case 'ParenthesisNode':
      return degree(n.content!, v);
    case 'OperatorNode': {
      const d = n.args!.map((a) => degree(a, v));
      if (n.fn === 'add' || n.fn === 'subtract' || n.fn === 'unaryMinus' || n.fn === 'unaryPlus') return Math.max(...d);
      if (n.fn === 'multiply') return d.reduce((a, b) => a + b, 0);
      if (n.fn === 'pow' && n.args![1].type === 'ConstantNode')
        return d[0] * Number((n.args![1] as MathNode & { value: unknown }).value);
    }
  }
  throw new Error(`not a polynomial: ${node.toString()}`);
}

function* grid(degrees: readonly number[]): Generator<number[]> {
  const point = degrees.map(() => 0);
  for (;;) {
    yield [...point];
    let i = 0;
    while (i < point.length && point[i] === degrees[i]) point[i++] = 0;
    if (i === point.length) return;
    point[i]++;
  }
}
