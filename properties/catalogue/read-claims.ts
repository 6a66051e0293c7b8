import { fileURLToPath } from 'node:url';
import { Node, Project, SyntaxKind, type ObjectLiteralExpression } from 'ts-morph';

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
 * with a string-literal `id` and a `source` object literal (`{ paper, label, section }`) is a claim.
 * Listing needs no run, so `kdaudit list` is instant and shows claims whose checks would fail.
 */
export function readClaims(paper: string): CatalogueEntry[] {
  const project = new Project({ skipAddingFilesFromTsConfig: true, skipFileDependencyResolution: true });
  const files = project.addSourceFilesAtPaths(`${PROPERTIES}${paper}/**/*.ts`);
  return files.flatMap((file) =>
    file.getDescendantsOfKind(SyntaxKind.ObjectLiteralExpression).flatMap((literal) => {
      const source = objectProperty(literal, 'source');
      const id = stringProperty(literal, 'id');
      if (!source || !id?.startsWith(`${paper}/`)) return [];
      const variant = stringProperty(literal, 'variant');
      return [{
        id,
        ...(variant ? { variant } : {}),
        label: stringProperty(source, 'label') ?? '?',
        section: stringProperty(source, 'section') ?? '?',
        title: stringProperty(literal, 'title') ?? '',
        file: file.getFilePath().slice(PROPERTIES.length),
      }];
    }),
  );
}

function initializer(literal: ObjectLiteralExpression, name: string) {
  const property = literal.getProperty(name);
  return property && Node.isPropertyAssignment(property) ? property.getInitializer() : undefined;
}

function stringProperty(literal: ObjectLiteralExpression, name: string): string | undefined {
  const value = initializer(literal, name);
  return value && Node.isStringLiteral(value) ? value.getLiteralValue() : value && Node.isNoSubstitutionTemplateLiteral(value) ? value.getLiteralValue() : undefined;
}

function objectProperty(literal: ObjectLiteralExpression, name: string): ObjectLiteralExpression | undefined {
  const value = initializer(literal, name);
  return value && Node.isObjectLiteralExpression(value) ? value : undefined;
}
