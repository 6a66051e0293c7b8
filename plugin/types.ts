// The shapes of a user's operator module, and nothing else: this file's declarations are also the
// CommonJS types of the package (dist/index.d.cts, scripts/build.mjs), so it imports types only.
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
