import { fileURLToPath } from 'node:url';
import { Node, Project, SyntaxKind, type ObjectLiteralExpression, type SourceFile } from 'ts-morph';

/** A statement claim as its file declares it, read without running anything. */
export interface CatalogueEntry {
  id: string;
  variant?: string;
  label: string;
  section: string;
  title: string;
  /** The file, relative to properties/. */
  file: string;
}

const PROPERTIES = fileURLToPath(new URL('..', import.meta.url));

/**
 * Every claim declared under properties/<paper>/, read statically with ts-morph: an object literal
 * whose `id` is a string literal and whose `source` is an object literal (`{ paper, label, section }`)
 * is a claim — its own properties, or those spread into it from a same-file `const` (so a shared
 * `meta` plus a literal `variant` per reading is one claim per reading, and `meta` itself none).
 * Listing needs no run, so `kdaudit list` is instant and shows claims whose checks would fail.
 */
export function readClaims(paper: string): CatalogueEntry[] {
  const project = new Project({ skipAddingFilesFromTsConfig: true, skipFileDependencyResolution: true });
  const files = project.addSourceFilesAtPaths(`${PROPERTIES}${paper}/**/*.ts`);
  return files.flatMap((file) => {
    const literals = file.getDescendantsOfKind(SyntaxKind.ObjectLiteralExpression);
    const templates = new Set(literals.flatMap((literal) => spreadSources(file, literal)));
    return literals.filter((literal) => !templates.has(literal)).flatMap((literal) => {
      const fields = resolve(file, literal);
      const id = text(fields.get('id'));
      const source = fields.get('source');
      if (!id?.startsWith(`${paper}/`) || !source || !Node.isObjectLiteralExpression(source)) return [];
      const sourceFields = resolve(file, source);
      const variant = text(fields.get('variant'));
      return [{
        id,
        ...(variant ? { variant } : {}),
        label: text(sourceFields.get('label')) ?? '?',
        section: text(sourceFields.get('section')) ?? '?',
        title: text(fields.get('title')) ?? '',
        file: file.getFilePath().slice(PROPERTIES.length),
      }];
    });
  });
}

/** The object literals bound to same-file consts that are spread into this one. */
function spreadSources(file: SourceFile, literal: ObjectLiteralExpression): ObjectLiteralExpression[] {
  return literal.getProperties().flatMap((property) => {
    if (!Node.isSpreadAssignment(property)) return [];
    const spread = property.getExpression();
    const bound = unwrap(Node.isIdentifier(spread) ? file.getVariableDeclaration(spread.getText())?.getInitializer() : undefined);
    return bound && Node.isObjectLiteralExpression(bound) ? [bound] : [];
  });
}

/** The literal's properties by name: spread sources first, its own assignments over them. */
function resolve(file: SourceFile, literal: ObjectLiteralExpression): Map<string, Node> {
  const fields = new Map<string, Node>();
  for (const source of spreadSources(file, literal)) for (const [name, value] of resolve(file, source)) fields.set(name, value);
  for (const property of literal.getProperties()) {
    if (!Node.isPropertyAssignment(property)) continue;
    const value = property.getInitializer();
    if (value) fields.set(property.getName(), value);
  }
  return fields;
}

/** `{ … } as const` and `({ … })` are the literal inside. */
function unwrap(node: Node | undefined): Node | undefined {
  return node && (Node.isAsExpression(node) || Node.isSatisfiesExpression(node) || Node.isParenthesizedExpression(node)) ? unwrap(node.getExpression()) : node;
}

/** A string literal's value; anything computed is unknown. */
function text(value: Node | undefined): string | undefined {
  return value && (Node.isStringLiteral(value) || Node.isNoSubstitutionTemplateLiteral(value)) ? value.getLiteralValue() : undefined;
}
