import { Node, SyntaxKind, type SourceFile } from 'ts-morph';

/**
 * The top-level statements an operator can run, as source ranges: the roots (the exported
 * declarations the operator comes from, or the default export of a plugin) and, transitively, every
 * top-level declaration of the same module that they name. This is static and generous (a root that
 * is an array of four operators reaches all four formulas); which sites actually run is then
 * measured (coverage.ts). Code of other modules is never mutated: a mutant changes one file.
 */
export function reachableRanges(sf: SourceFile, roots: readonly string[] | 'default'): Array<{ start: number; end: number }> {
  const statements = sf.getStatements();
  const declared = new Map<string, Node>();
  for (const s of statements) for (const name of declaredNames(s)) declared.set(name, s);
  const queue: Node[] =
    roots === 'default' ? statements.filter(isDefaultExport) : roots.flatMap((r) => (declared.has(r) ? [declared.get(r)!] : []));
  const reached = new Set<Node>();
  while (queue.length) {
    const s = queue.pop()!;
    if (reached.has(s)) continue;
    reached.add(s);
    for (const id of s.getDescendantsOfKind(SyntaxKind.Identifier)) {
      const target = declared.get(id.getText());
      if (target && !reached.has(target)) queue.push(target);
    }
  }
  return statements.filter((s) => reached.has(s)).map((s) => ({ start: s.getStart(), end: s.getEnd() }));
}

function declaredNames(s: Node): string[] {
  if (Node.isVariableStatement(s)) return s.getDeclarations().map((d) => d.getName());
  if (Node.isFunctionDeclaration(s) || Node.isClassDeclaration(s)) return s.getName() ? [s.getName()!] : [];
  return [];
}

function isDefaultExport(s: Node): boolean {
  if (Node.isExportAssignment(s)) return true;
  return (Node.isFunctionDeclaration(s) || Node.isClassDeclaration(s)) && s.isDefaultExport();
}
