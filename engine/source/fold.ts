import type { Node } from 'ts-morph';
import { tsMorph } from './morph.js';
import { add, div, mul, neg, parseRational, pow, sub, type Rational } from './rational.js';

/** Initialisers of `const NAME = …` declared once in the module, by name (a name declared twice is ambiguous: not folded). */
export type ConstTable = ReadonlyMap<string, Node>;

/** How deep constants may refer to constants: deeper chains (or cycles) are not folded. */
const MAX_DEPTH = 8;

/**
 * The exact value of a constant expression: numeric literals, numeric strings passed to a number
 * constructor (`N.of('1e-3')`, `new Decimal('0.5')`, `N.ratio('1', '3')`), + − × ÷ and integer
 * powers (`2 ** -30`, `Math.pow(10, -3)`), parentheses, `as` casts and consts of the same module.
 * Undefined when any part is not constant.
 */
export function fold(node: Node, consts: ConstTable, depth = 0): Rational | undefined {
  const { Node: N, SyntaxKind: K } = tsMorph();
  if (depth > MAX_DEPTH) return undefined;
  const again = (n: Node | undefined) => (n ? fold(n, consts, depth + 1) : undefined);
  if (N.isNumericLiteral(node)) return parseRational(node.getText());
  if (N.isStringLiteral(node)) return stringValue(node.getLiteralValue());
  if (N.isParenthesizedExpression(node) || N.isAsExpression(node) || N.isNonNullExpression(node))
    return again(node.getExpression());
  if (N.isPrefixUnaryExpression(node)) {
    const operand = again(node.getOperand());
    if (!operand) return undefined;
    if (node.getOperatorToken() === K.MinusToken) return neg(operand);
    return node.getOperatorToken() === K.PlusToken ? operand : undefined;
  }
  if (N.isBinaryExpression(node)) {
    const [a, b] = [again(node.getLeft()), again(node.getRight())];
    if (!a || !b) return undefined;
    switch (node.getOperatorToken().getKind()) {
      case K.PlusToken:
        return add(a, b);
      case K.MinusToken:
        return sub(a, b);
      case K.AsteriskToken:
        return mul(a, b);
      case K.SlashToken:
        return div(a, b);
      case K.AsteriskAsteriskToken:
        return pow(a, b);
      default:
        return undefined;
    }
  }
  if (N.isIdentifier(node)) return again(consts.get(node.getText()));
  if (N.isCallExpression(node) || N.isNewExpression(node)) return foldCall(node, consts, depth);
  return undefined;
}

/** Number constructors and Math.pow: `N.of(c)`, `new D(c)`, `Number(c)`, `N.ratio(a, b)`, `Math.pow(a, b)`. */
function foldCall(node: Node, consts: ConstTable, depth: number): Rational | undefined {
  const { Node: N } = tsMorph();
  if (!N.isCallExpression(node) && !N.isNewExpression(node)) return undefined;
  const callee = calleeName(node.getExpression());
  const args = node.getArguments().map((a) => fold(a, consts, depth + 1));
  if (args.some((a) => a === undefined)) return undefined;
  const [a, b] = args as Rational[];
  if (args.length === 1 && ['of', 'Number', 'Decimal', 'D', 'constant'].includes(callee)) return a;
  if (args.length === 2 && callee === 'ratio') return div(a, b);
  if (args.length === 2 && callee === 'pow' && node.getExpression().getText() === 'Math.pow') return pow(a, b);
  return undefined;
}

/** A numeric string's value ('1e-3', '-0.5'); undefined for any other string. */
function stringValue(s: string): Rational | undefined {
  const negative = s.startsWith('-');
  const value = parseRational(negative ? s.slice(1) : s);
  return value && negative ? neg(value) : value;
}

/** The called name: `of` for `N.of`, `Decimal` for `new Decimal`, `pow` for `Math.pow`. */
export function calleeName(callee: Node): string {
  const { Node: N } = tsMorph();
  return N.isPropertyAccessExpression(callee) ? callee.getName() : callee.getText();
}

/** The module's `const NAME = …` declarations (any scope), each name declared exactly once. */
export function constTable(root: Node): ConstTable {
  const { Node: N, SyntaxKind: K } = tsMorph();
  const seen = new Map<string, Node | undefined>();
  for (const decl of root.getDescendantsOfKind(K.VariableDeclaration)) {
    const name = decl.getNameNode();
    const list = decl.getParent();
    if (!N.isIdentifier(name) || !N.isVariableDeclarationList(list)) continue;
    const isConst = (list.getFlags() & tsMorph().ts.NodeFlags.Const) !== 0;
    const key = name.getText();
    seen.set(key, seen.has(key) || !isConst ? undefined : decl.getInitializer());
  }
  return new Map([...seen].filter((e): e is [string, Node] => e[1] !== undefined));
}
