import type { Node, SourceFile } from 'ts-morph';
import type { Boundary, BoundaryRole } from './boundary.js';
import { calleeName, constTable, fold, type ConstTable } from './fold.js';
import { tsMorph } from './morph.js';
import { div, exactString, mul, sub, add, type Rational } from './rational.js';
import { identifiersOf, roleOf } from './role.js';

/** What the harvest of one module found, or why it could not read it. */
export interface Harvest {
  /** The module as named in reports (a path relative to the working directory). */
  readonly module: string;
  /** In order: comparisons, then other literals, each in source order; deduplicated; at most MAX_BOUNDARIES. */
  readonly boundaries: readonly Boundary[];
  /** Distinct boundaries found before the cap. */
  readonly found: number;
  /** Why the source could not be harvested (minified, does not parse, not source at all); the search then runs as without a source. */
  readonly unreadable?: string;
}

/**
 * At most this many boundaries per module: each is tried at and around its value by a quarter of a
 * check's random cases, so beyond a few dozen each would get too few cases to matter. Comparisons
 * come first, so the cap drops bare literals before any branch point.
 */
export const MAX_BOUNDARIES = 48;
/** A line this long is minified or generated code: its constants are not the author's branch points. */
export const MAX_LINE_LENGTH = 1000;

const COMPARISONS = new Set(['<', '<=', '>', '>=', '===', '!==', '==', '!=']);
/** Comparison methods of decimal.js and of the engine's Num (`x.lt(c)`, `N.le(a, b)`). */
const COMPARISON_METHODS = new Set([
  ...['lt', 'lte', 'le', 'gt', 'gte', 'ge', 'eq', 'equals', 'cmp', 'comparedTo'],
  ...['lessThan', 'lessThanOrEqualTo', 'greaterThan', 'greaterThanOrEqualTo'],
]);
/** Clamps compare too: Math.max(x, c) branches at x = c. */
const CLAMPS = new Set(['max', 'min']);
/** Bare literals that are arithmetic rather than branch points (N.of(1), i + 1, 1 - x): kept only when compared. */
const ARITHMETIC = new Set(['0', '1']);

const short = (node: Node) => {
  const text = node.getText().replace(/\s+/g, ' ');
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
};

/**
 * Every numeric constant in a module's source and every comparison with a constant side
 * (`p[i] > 0.5`, `T < 1e-3`, `x < 1e-3 * max`, `x.lt(0.05)`, `N.le(half, mass)`, `Math.max(x, c)`),
 * folded exactly (`2 ** -30`, `1 / 3`, consts of the module), with the role the names beside it
 * suggest. Depends on the text only: the same source gives the same boundaries in the same order.
 */
export function harvestSource(text: string, module: string): Harvest {
  const unreadable = (reason: string): Harvest => ({ module, boundaries: [], found: 0, unreadable: reason });
  const long = text.split('\n').findIndex((l) => l.length > MAX_LINE_LENGTH);
  if (long >= 0) return unreadable(`minified or generated (line ${long + 1} is longer than ${MAX_LINE_LENGTH} characters)`);
  const file = parse(text);
  if (typeof file === 'string') return unreadable(file);
  const found = dedupe(collect(file, module));
  return { module, boundaries: found.slice(0, MAX_BOUNDARIES), found: found.length };
}

function parse(text: string): SourceFile | string {
  const { Project, ts } = tsMorph();
  const project = new Project({ useInMemoryFileSystem: true, compilerOptions: { allowJs: true, noLib: true } });
  const file = project.createSourceFile('/operator.ts', text);
  const [error] = project.getProgram().compilerObject.getSyntacticDiagnostics(file.compilerNode);
  if (!error) return file;
  const line = error.start === undefined ? '' : ` (line ${file.getLineAndColumnAtPos(error.start).line})`;
  return `does not parse: ${ts.flattenDiagnosticMessageText(error.messageText, ' ')}${line}`;
}

type Found = Boundary & { order: number };

function collect(file: SourceFile, module: string): Found[] {
  const { Node: N } = tsMorph();
  const consts = constTable(file);
  const out: Found[] = [];
  // constant expressions already recorded as a compared side: their literals are not recorded again
  const compared = new Set<Node>();
  const record = (value: Rational | undefined, role: BoundaryRole, kind: Boundary['kind'], at: Node) => {
    if (value)
      out.push({
        value: exactString(value),
        role,
        kind,
        text: short(at),
        line: at.getStartLineNumber(),
        module,
        order: at.getStart(),
      });
  };
  file.forEachDescendant((node) => {
    if (N.isBinaryExpression(node) && COMPARISONS.has(node.getOperatorToken().getText())) {
      comparison(node.getLeft(), node.getRight(), node, consts, record, compared);
    } else if (N.isCallExpression(node)) {
      const callee = node.getExpression();
      const name = calleeName(callee);
      const args = node.getArguments();
      if (COMPARISON_METHODS.has(name) && N.isPropertyAccessExpression(callee)) {
        if (args.length === 1) comparison(callee.getExpression(), args[0], node, consts, record, compared);
        if (args.length === 2) comparison(args[0], args[1], node, consts, record, compared);
      } else if (CLAMPS.has(name) && args.length >= 2) {
        clamp(args, node, consts, record, compared);
      }
    }
  });
  for (const leaf of literalLeaves(file)) {
    if ([...compared].some((c) => c.containsRange(leaf.getPos(), leaf.getEnd()))) continue;
    const top = largestConstant(leaf, consts);
    const value = fold(top, consts);
    if (!value || ARITHMETIC.has(exactString(value))) continue;
    const context = top.getParent();
    record(value, roleOf(context ? identifiersOf([context]) : []), 'literal', context ?? top);
  }
  return out;
}

type Recorder = (value: Rational | undefined, role: BoundaryRole, kind: Boundary['kind'], at: Node) => void;

/** `left op right` where one side is constant, or constant times a quantity (`x < 1e-3 * max`). */
function comparison(left: Node, right: Node, at: Node, consts: ConstTable, record: Recorder, compared: Set<Node>) {
  for (const [side, other] of [
    [right, left],
    [left, right],
  ]) {
    const c = fold(side, consts);
    if (c && fold(other, consts) === undefined) {
      compared.add(side);
      const solved = solve(other, c, consts);
      record(solved.value, roleOf(identifiersOf([solved.quantity])), 'comparison', at);
      return;
    }
  }
  // a scaled side: x < 1e-3 * max compares the ratio x / max with 1e-3
  for (const [side, other] of [
    [right, left],
    [left, right],
  ]) {
    const scaled = scaleOf(side, consts);
    if (scaled) {
      compared.add(scaled.constant);
      record(scaled.value, roleOf(identifiersOf([other, scaled.quantity])), 'comparison', at);
      return;
    }
  }
}

/** Products and quotients as method calls: decimal.js's `top.times(c)`, Num's `N.mul(top, c)`. */
const TIMES = new Set(['times', 'mul']);
const DIVIDED = new Set(['div', 'dividedBy']);

/** The operands and operator of `a * b`, `a / b`, `a.times(b)`, `N.mul(a, b)`, `a.div(b)`, `N.div(a, b)`. */
function product(node: Node): { l: Node; r: Node; op: 'times' | 'div' } | undefined {
  const { Node: N, SyntaxKind: K } = tsMorph();
  const inner = N.isParenthesizedExpression(node) ? node.getExpression() : node;
  if (N.isBinaryExpression(inner)) {
    const kind = inner.getOperatorToken().getKind();
    const op = kind === K.AsteriskToken ? 'times' : kind === K.SlashToken ? 'div' : undefined;
    return op && { l: inner.getLeft(), r: inner.getRight(), op };
  }
  if (!N.isCallExpression(inner)) return undefined;
  const callee = inner.getExpression();
  const name = calleeName(callee);
  const op = TIMES.has(name) ? 'times' : DIVIDED.has(name) ? 'div' : undefined;
  const args = inner.getArguments();
  if (!op || !N.isPropertyAccessExpression(callee)) return undefined;
  if (args.length === 1) return { l: callee.getExpression(), r: args[0], op };
  return args.length === 2 ? { l: args[0], r: args[1], op } : undefined;
}

/** `c * E`, `E * c` or `E / k` (k constant), as operators or methods: the constant factor and the quantity it scales. */
function scaleOf(node: Node, consts: ConstTable): { value: Rational; quantity: Node; constant: Node } | undefined {
  const parts = product(node);
  if (!parts) return undefined;
  const { l, r, op } = parts;
  const [cl, cr] = [fold(l, consts), fold(r, consts)];
  if (op === 'times' && cl && !cr) return { value: cl, quantity: r, constant: l };
  if (op === 'times' && cr && !cl) return { value: cr, quantity: l, constant: r };
  if (op === 'div' && cr && !cl) {
    const value = div({ num: 1n, den: 1n }, cr);
    return value && { value, quantity: l, constant: r };
  }
  return undefined;
}

/**
 * The boundary in the quantity itself when the compared side transforms it by constants:
 * `1 / T > 1000` branches at T = 1/1000, `x * 4 < 1` at x = 1/4, `1 - a < 0.1` at a = 0.9.
 */
function solve(node: Node, c: Rational, consts: ConstTable): { value: Rational | undefined; quantity: Node } {
  const { Node: N, SyntaxKind: K } = tsMorph();
  const inner = N.isParenthesizedExpression(node) ? node.getExpression() : node;
  const kind = N.isBinaryExpression(inner) ? inner.getOperatorToken().getKind() : undefined;
  const sum = N.isBinaryExpression(inner) && (kind === K.PlusToken || kind === K.MinusToken) ? inner : undefined;
  const parts =
    product(inner) ??
    (sum && { l: sum.getLeft(), r: sum.getRight(), op: kind === K.PlusToken ? ('plus' as const) : ('minus' as const) });
  if (!parts) return { value: c, quantity: node };
  const { l, r, op } = parts;
  const [kl, kr] = [fold(l, consts), fold(r, consts)];
  const k = kl ?? kr;
  if (!k || (kl && kr)) return { value: c, quantity: node };
  const quantity = kl ? r : l;
  const solved = {
    times: () => div(c, k),
    div: () => (kl ? div(k, c) : mul(c, k)),
    plus: () => sub(c, k),
    minus: () => (kl ? sub(k, c) : add(c, k)),
  }[op]();
  return solved ? { value: solved, quantity } : { value: c, quantity: node };
}

/** Math.max(x, c), N.min(N.of(1), y): each constant argument against the others. */
function clamp(args: readonly Node[], at: Node, consts: ConstTable, record: Recorder, compared: Set<Node>) {
  const variable = args.filter((a) => fold(a, consts) === undefined);
  if (variable.length === 0) return;
  // in Math.min(Math.max(x, a), b) the inner clamp's name says nothing of x (x is no maximum)
  const { SyntaxKind: K } = tsMorph();
  const innerClamps = variable
    .flatMap((v) => v.getDescendantsOfKind(K.CallExpression).concat(v.isKind(K.CallExpression) ? [v] : []))
    .filter(
      (call) => CLAMPS.has(calleeName(call.getExpression())) && call.getArguments().some((a) => fold(a, consts) !== undefined),
    )
    .map((call) => call.getExpression());
  for (const a of args) {
    const c = fold(a, consts);
    if (!c) continue;
    compared.add(a);
    record(c, roleOf(identifiersOf(variable, new Set(innerClamps))), 'comparison', at);
  }
}

/** Numeric literals, and numeric strings passed to a call (N.of('1e-3'), new D('0.5')), in source order. */
function literalLeaves(file: SourceFile): Node[] {
  const { Node: N, SyntaxKind: K } = tsMorph();
  return file.getDescendants().filter((n) => {
    const parent = n.getParent();
    // an index (p[0]) is not a value the code compares
    if (N.isNumericLiteral(n)) return !(N.isElementAccessExpression(parent) && parent.getArgumentExpression() === n);
    if (n.getKind() !== K.StringLiteral) return false;
    return (N.isCallExpression(parent) || N.isNewExpression(parent)) && /^-?\d/.test(n.getText().slice(1));
  });
}

/** The largest expression around leaf that is still constant: `2 ** -30`, not `-30`; `1 / 3`, not `3`. */
function largestConstant(leaf: Node, consts: ConstTable): Node {
  let node = leaf;
  for (let parent = node.getParent(); parent && fold(parent, consts) !== undefined; parent = parent.getParent()) node = parent;
  return node;
}

/**
 * One boundary per value and role, at its first occurrence; a value found in a comparison drops its
 * bare literals (the comparison says its role); comparisons first, each kind in source order.
 */
function dedupe(all: Found[]): Boundary[] {
  const comparedValues = new Set(all.filter((b) => b.kind === 'comparison').map((b) => b.value));
  const seen = new Set<string>();
  return all
    .filter((b) => b.kind === 'comparison' || !comparedValues.has(b.value))
    .sort((a, b) => (a.kind === b.kind ? a.order - b.order : a.kind === 'comparison' ? -1 : 1))
    .filter((b) => {
      const key = `${b.value} ${b.role}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .map(({ order: _, ...b }) => b);
}
