import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Subject } from './subject.js';

const RELATIVE_IMPORT = /(\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)(['"])(\.\.?\/[^'"]+)\2/g;

/**
 * A temporary folder holding one subfolder per module variant (a mutant, the instrumented
 * original). Relative imports point to the original files by absolute URL, so a variant loads the
 * rest of the code unchanged; a link to the nearest node_modules lets its package imports resolve.
 */
export class MutantFolder {
  readonly dir = mkdtempSync(join(tmpdir(), 'kdaudit-mutants-'));

  constructor(private readonly subject: Subject) {
    const modules = nearestNodeModules(dirname(subject.module));
    if (modules) symlinkSync(modules, join(this.dir, 'node_modules'), 'dir');
    // the variants are ES modules, as kdaudit's sources are (a .ts file outside a package would load as CommonJS)
    writeFileSync(join(this.dir, 'package.json'), '{ "type": "module" }\n');
  }

  /** Writes one variant of the subject's module; returns the file to load: the registry copy for a built-in, the module for a plugin. */
  write(label: string, source: string): string {
    const folder = join(this.dir, label);
    mkdirSync(folder);
    const file = join(folder, basename(this.subject.module));
    writeFileSync(file, rewriteImports(source, dirname(this.subject.module)));
    if (this.subject.kind === 'plugin') return file;
    // the registry keeps its import of the mutated module relative, so it gets the variant
    const registry = join(folder, `registry-${basename(this.subject.registry)}`);
    const mutated = `./${basename(this.subject.module).replace(/\.ts$/, '.js')}`;
    writeFileSync(registry, rewriteImports(readFileSync(this.subject.registry, 'utf8'), dirname(this.subject.registry), mutated));
    return registry;
  }

  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

function rewriteImports(source: string, fromDir: string, keep?: string): string {
  return source.replace(RELATIVE_IMPORT, (all, lead: string, quote: string, spec: string) =>
    spec === keep ? all : `${lead}${quote}${pathToFileURL(resolve(fromDir, spec)).href}${quote}`,
  );
}

function nearestNodeModules(dir: string): string | undefined {
  for (let d = dir; ; d = dirname(d)) {
    if (existsSync(join(d, 'node_modules'))) return join(d, 'node_modules');
    if (dirname(d) === d) return undefined;
  }
}
