import { Decimal } from 'decimal.js';
import { Node, SyntaxKind, type SourceFile } from 'ts-morph';
import type { MutatorName } from '../engine/result/mutation.js';

/** One textual change of the source: [start, end) replaced; `covered` is the expression whose evaluation runs it. */
export interface Site {
  mutator: MutatorName;
  start: number;
  end: number;
  replacement: string;
  covered: { start: number; end: number };
}

const BINARY_SWAPS: Partial<Record<SyntaxKind, Array<[MutatorName, string]>>> = {
  [SyntaxKind.PlusToken]: [['arithmetic', '-']],
  [SyntaxKind.MinusToken]: [['arithmetic', '+']],
  [SyntaxKind.AsteriskToken]: [['arithmetic', '/']],
  [SyntaxKind.SlashToken]: [['arithmetic', '*']],
  [SyntaxKind.AsteriskAsteriskToken]: [['arithmetic', '*']],
  [SyntaxKind.PercentToken]: [['arithmetic', '*']],
  [SyntaxKind.LessThanToken]: [
    ['comparison-boundary', '<='],
    ['comparison-negation', '>'],
  ],
  [SyntaxKind.LessThanEqualsToken]: [
    ['comparison-boundary', '<'],
    ['comparison-negation', '>='],
  ],
  [SyntaxKind.GreaterThanToken]: [
    ['comparison-boundary', '>='],
    ['comparison-negation', '<'],
  ],
  [SyntaxKind.GreaterThanEqualsToken]: [
    ['comparison-boundary', '>'],
    ['comparison-negation', '<='],
  ],
  [SyntaxKind.EqualsEqualsEqualsToken]: [['comparison-negation', '!==']],
  [SyntaxKind.ExclamationEqualsEqualsToken]: [['comparison-negation', '===']],
};

/**
 * Method swaps for code written over Num<T> (two arguments: N.add(a, b)) and over decimal.js (one
 * argument: a.plus(b)), told apart by the number of arguments so that a swap names a method the
 * receiver has. Math.max/min and D.max/min take any number of arguments.
 */
const METHOD_SWAPS: Record<string, Array<[MutatorName, string, number | 'any']>> = {
  add: [['arithmetic', 'sub', 2]],
  sub: [['arithmetic', 'add', 2]],
  mul: [['arithmetic', 'div', 2]],
  div: [
    ['arithmetic', 'mul', 2],
    ['arithmetic', 'times', 1],
  ],
  plus: [['arithmetic', 'minus', 1]],
  minus: [['arithmetic', 'plus', 1]],
  times: [['arithmetic', 'div', 1]],
  max: [['max-min', 'min', 'any']],
  min: [['max-min', 'max', 'any']],
  lt: [
    ['comparison-boundary', 'le', 2],
    ['comparison-boundary', 'lte', 1],
    ['comparison-negation', 'gt', 1],
  ],
  le: [['comparison-boundary', 'lt', 2]],
  lte: [
    ['comparison-boundary', 'lt', 1],
    ['comparison-negation', 'gte', 1],
  ],
  gt: [
    ['comparison-boundary', 'gte', 1],
    ['comparison-negation', 'lt', 1],
  ],
  gte: [
    ['comparison-boundary', 'gt', 1],
    ['comparison-negation', 'lte', 1],
  ],
};

/** A denominator that reads as a normaliser: a sum, a total, a norm, or a call that adds up. */
const NORMALISER = /^(s|z|sum|total|norm|normaliser|normalizer|mass|partition)$/i;

/** Every mutation site of the file, in source order of the mutators' traversal (deterministic). */
export function mutationSites(sf: SourceFile): Site[] {
  const sites: Site[] = [];
  const add = (mutator: MutatorName, node: Node, replacement: string, covered: Node = node) =>
    sites.push({
      mutator,
      start: node.getStart(),
      end: node.getEnd(),
      replacement,
      covered: { start: covered.getStart(), end: covered.getEnd() },
    });
  const indexNames = new Set(
    sf.getDescendantsOfKind(SyntaxKind.ElementAccessExpression).flatMap((e) => {
      const arg = e.getArgumentExpression();
      return arg && Node.isIdentifier(arg) ? [arg.getText()] : [];
    }),
  );

  sf.forEachDescendant((node) => {
    if (inTypeOrKey(node)) return;
    if (Node.isBinaryExpression(node)) binarySites(node, add);
    else if (Node.isCallExpression(node)) callSites(node, add);
    else if (Node.isNumericLiteral(node) || (Node.isStringLiteral(node) && isNumericArgument(node))) constantSites(node, add);
    else if (Node.isElementAccessExpression(node)) indexSites(node, indexNames, add);
    else if (Node.isIfStatement(node)) {
      const otherwise = node.getElseStatement();
      add('removed-branch', node, otherwise ? otherwise.getText() : ';', node.getExpression());
      if (otherwise) add('removed-branch', node, node.getThenStatement().getText(), node.getExpression());
    } else if (Node.isConditionalExpression(node)) {
      add('removed-branch', node, `(${node.getWhenTrue().getText()})`);
      add('removed-branch', node, `(${node.getWhenFalse().getText()})`);
    } else if (Node.isForStatement(node)) {
      const condition = node.getCondition();
      if (condition && Node.isBinaryExpression(condition) && isRelational(condition.getOperatorToken().getKind())) {
        const bound = condition.getRight();
        for (const step of ['- 1', '+ 1']) add('loop-bound', bound, `(${bound.getText()}) ${step}`, condition);
      }
    }
  });
  return sites;
}

type Add = (mutator: MutatorName, node: Node, replacement: string, covered?: Node) => void;

function binarySites(node: import('ts-morph').BinaryExpression, add: Add): void {
  const token = node.getOperatorToken();
  const kind = token.getKind();
  for (const [mutator, op] of BINARY_SWAPS[kind] ?? []) add(mutator, token, op, node);
  const [left, right] = [node.getLeft(), node.getRight()];
  if (kind === SyntaxKind.PlusToken || kind === SyntaxKind.MinusToken) {
    add('dropped-term', node, `(${left.getText()})`);
    if (kind === SyntaxKind.PlusToken) add('dropped-term', node, `(${right.getText()})`);
  }
  if (kind === SyntaxKind.SlashToken && isNormaliser(right)) add('dropped-normalisation', node, `(${left.getText()})`);
}

function callSites(node: import('ts-morph').CallExpression, add: Add): void {
  const callee = node.getExpression();
  if (!Node.isPropertyAccessExpression(callee)) return;
  const method = callee.getName();
  const args = node.getArguments();
  for (const [mutator, swap, arity] of METHOD_SWAPS[method] ?? []) {
    if (arity === 'any' || args.length === arity) add(mutator, callee.getNameNode(), swap, node);
  }
  // a < b flipped to a > b: Num has only lt and le, so the arguments trade places
  if ((method === 'lt' || method === 'le') && args.length === 2) {
    add('comparison-negation', node, `${callee.getText()}(${args[1].getText()}, ${args[0].getText()})`);
  }
  if ((method === 'add' || method === 'sub') && args.length === 2) {
    add('dropped-term', node, args[0].getText());
    if (method === 'add') add('dropped-term', node, args[1].getText());
  }
  if (method === 'plus' || method === 'minus') add('dropped-term', node, `(${callee.getExpression().getText()})`);
  if (method === 'div' && args.length === 2 && isNormaliser(args[1])) add('dropped-normalisation', node, args[0].getText());
  if (method === 'div' && args.length === 1 && isNormaliser(args[0]))
    add('dropped-normalisation', node, `(${callee.getExpression().getText()})`);
}

/** 0 ↔ 1, c → c·(1 ± 10⁻⁶), c → −c; decimal strings given to N.of, N.ratio or a Decimal keep their quotes. */
function constantSites(node: Node, add: Add): void {
  const quoted = Node.isStringLiteral(node);
  const text = quoted ? node.getLiteralText() : node.getText().replace(/_/g, '');
  let value: Decimal;
  try {
    value = new Decimal(text);
  } catch {
    return;
  }
  const write = (v: Decimal) => (quoted ? `'${v.toString()}'` : v.isNegative() ? `(${v.toString()})` : v.toString());
  const replacements = value.isZero()
    ? [new Decimal(1)]
    : [...(value.eq(1) ? [new Decimal(0)] : []), value.times('1.000001'), value.times('0.999999'), value.neg()];
  for (const v of replacements) add('constant', node, write(v));
}

/** p[i] → p[j] for another index name declared around it; a[i][j] → a[j][i]. */
function indexSites(node: import('ts-morph').ElementAccessExpression, indexNames: Set<string>, add: Add): void {
  const arg = node.getArgumentExpression();
  if (!arg || !Node.isIdentifier(arg)) return;
  const inner = node.getExpression();
  if (Node.isElementAccessExpression(inner)) {
    const innerArg = inner.getArgumentExpression();
    if (innerArg && Node.isIdentifier(innerArg) && innerArg.getText() !== arg.getText()) {
      add('swapped-index', node, `${inner.getExpression().getText()}[${arg.getText()}][${innerArg.getText()}]`);
    }
  }
  for (const name of namesInScope(node)) {
    if (name !== arg.getText() && indexNames.has(name)) add('swapped-index', arg, name);
  }
}

/** Parameters and variables declared by the functions enclosing a node: the names an index can be swapped for. */
function namesInScope(node: Node): string[] {
  const names: string[] = [];
  for (const fn of node.getAncestors()) {
    if (!Node.isFunctionLikeDeclaration(fn)) continue;
    for (const p of fn.getParameters()) if (Node.isIdentifier(p.getNameNode())) names.push(p.getName());
    fn.forEachDescendant((d, traversal) => {
      if (Node.isFunctionLikeDeclaration(d)) return traversal.skip();
      if (Node.isVariableDeclaration(d) && Node.isIdentifier(d.getNameNode()) && d.getStart() < node.getStart())
        names.push(d.getName());
      return undefined;
    });
  }
  return [...new Set(names)];
}

function isNormaliser(node: Node): boolean {
  if (Node.isParenthesizedExpression(node)) return isNormaliser(node.getExpression());
  if (Node.isIdentifier(node)) return NORMALISER.test(node.getText());
  if (Node.isCallExpression(node)) {
    const callee = node.getExpression();
    return Node.isPropertyAccessExpression(callee) && ['sum', 'reduce'].includes(callee.getName());
  }
  return false;
}

function isRelational(kind: SyntaxKind): boolean {
  return [
    SyntaxKind.LessThanToken,
    SyntaxKind.LessThanEqualsToken,
    SyntaxKind.GreaterThanToken,
    SyntaxKind.GreaterThanEqualsToken,
  ].includes(kind);
}

/** A decimal string that is a number to the code: an argument of N.of, N.ratio, new Decimal / new D. */
function isNumericArgument(node: Node): boolean {
  const parent = node.getParent();
  if (!parent || !(Node.isCallExpression(parent) || Node.isNewExpression(parent))) return false;
  if (!/^-?\d+(\.\d+)?(e-?\d+)?$/i.test((node as import('ts-morph').StringLiteral).getLiteralText())) return false;
  const callee = parent.getExpression();
  const name = Node.isPropertyAccessExpression(callee) ? callee.getName() : callee.getText();
  return ['of', 'ratio', 'Decimal', 'D'].includes(name);
}

/** Types, property names and import paths are not code that computes. */
function inTypeOrKey(node: Node): boolean {
  const parent = node.getParent();
  if (
    parent &&
    (Node.isPropertyAssignment(parent) || Node.isPropertyDeclaration(parent) || Node.isMethodDeclaration(parent)) &&
    parent.getNameNode() === node
  )
    return true;
  return node.getAncestors().some((a) => Node.isTypeNode(a) || Node.isImportDeclaration(a) || Node.isExportDeclaration(a));
}
