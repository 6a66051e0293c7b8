import type { Node } from 'ts-morph';
import type { BoundaryRole } from './boundary.js';
import { tsMorph } from './morph.js';

/** Names that mark each role (compared case-insensitively); a ratio wins over a temperature, a temperature over a mass. */
const RATIO = /^(max|maximum|top|largest|peak|mode|pmax|maxp|topp|highest)$|max$|^max|top$/i;
const TEMPERATURE = /^(t|tau|temp|temperature|invt|beta|t2|tt)$|^temp/i;
const MASS = /^(p|q|x|y|w|pi|pk|qi|xi|wi|wk|weights?|probs?|probability|probabilities|mass|masses|share|teachers?|teacher)$/i;

/** The identifiers (and property names) in node, in source order, except those in `skip` (a callee such as Math.max). */
export function identifiersOf(nodes: readonly Node[], skip: ReadonlySet<Node> = new Set()): string[] {
  const { Node: N, SyntaxKind: K } = tsMorph();
  const out: string[] = [];
  for (const node of nodes) {
    const all = N.isIdentifier(node) ? [node] : node.getDescendantsOfKind(K.Identifier);
    for (const id of all)
      if (![...skip].some((s) => s === id || s.containsRange(id.getPos(), id.getEnd()))) out.push(id.getText());
  }
  return out;
}

/** The role the names beside a constant suggest: 'x < 1e-3 * max' is a ratio, 'T < 1e-3' a temperature, 'p[i] > 0.5' a mass. */
export function roleOf(names: readonly string[]): BoundaryRole {
  if (names.some((n) => RATIO.test(n))) return 'ratio';
  if (names.some((n) => TEMPERATURE.test(n))) return 'temperature';
  if (names.some((n) => MASS.test(n))) return 'mass';
  return 'unknown';
}
