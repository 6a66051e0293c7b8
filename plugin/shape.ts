import type { Decimal } from 'decimal.js';

/** What a user's module must default-export to be checked as a softening operator. */
export interface SofteningPlugin {
  kind: 'softening';
  name: string;
  apply(p: number[], T: number): number[];
  applyExact?(p: Decimal[], T: Decimal, D: typeof Decimal): Decimal[];
}

/** What a user's module must default-export to be checked as an aggregation operator. */
export interface AggregationPlugin {
  kind: 'aggregation';
  name: string;
  apply(teachers: number[][], weights: number[], T: number): number[];
  applyExact?(teachers: Decimal[][], weights: Decimal[], T: Decimal, D: typeof Decimal): Decimal[];
}

export type Plugin = SofteningPlugin | AggregationPlugin;

/** The plugin, or a message saying exactly what is wrong with the module's shape. */
export function validatePlugin(module: Record<string, unknown>): Plugin | string {
  const op = module.default as Record<string, unknown> | undefined;
  if (op === undefined) return 'the module has no default export';
  if (typeof op !== 'object' || op === null) return `the default export is a ${op === null ? 'null' : typeof op}, not an object`;
  if (op.kind !== 'softening' && op.kind !== 'aggregation') return `the default export has kind ${JSON.stringify(op.kind)}; expected 'softening' or 'aggregation'`;
  if (typeof op.name !== 'string' || op.name === '') return 'the default export has no name (a non-empty string)';
  if (typeof op.apply !== 'function') return `the default export has no ${op.kind === 'softening' ? 'apply(p, T)' : 'apply(teachers, weights, T)'} function`;
  if (op.applyExact !== undefined && typeof op.applyExact !== 'function') return 'applyExact is present but not a function';
  return op as unknown as Plugin;
}
