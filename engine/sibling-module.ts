/**
 * The module `name` (no extension) beside the module at `from` (its import.meta.url), with `from`'s
 * own extension: `.ts` when kdaudit runs from its sources through tsx (the repository), `.js` when it
 * runs compiled (the package's dist/). Worker entry points are named this way, so that the same code
 * starts the right file in both.
 */
export function siblingModule(name: string, from: string): URL {
  return new URL(`${name}${new URL(from).pathname.endsWith('.ts') ? '.ts' : '.js'}`, from);
}
