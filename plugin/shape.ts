import type { Plugin } from './types.js';

export type { AggregationPlugin, Plugin, SofteningPlugin } from './types.js';

/** The plugin, or a message saying exactly what is wrong with the module's shape. */
export function validatePlugin(module: Record<string, unknown>): Plugin | string {
  const op = module.default as Record<string, unknown> | undefined;
  if (op === undefined) return 'the module has no default export';
  if (typeof op !== 'object' || op === null) return `the default export is a ${op === null ? 'null' : typeof op}, not an object`;
  if (op.kind !== 'softening' && op.kind !== 'aggregation')
    return `the default export has kind ${JSON.stringify(op.kind)}; expected 'softening' or 'aggregation'`;
  if (typeof op.name !== 'string' || op.name === '') return 'the default export has no name (a non-empty string)';
  if (typeof op.apply !== 'function')
    return `the default export has no ${op.kind === 'softening' ? 'apply(p, T)' : 'apply(teachers, weights, T)'} function`;
  if (op.applyExact !== undefined && typeof op.applyExact !== 'function') return 'applyExact is present but not a function';
  return op as unknown as Plugin;
}
