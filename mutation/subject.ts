import { existsSync } from 'node:fs';
import { dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { aggregationOperators } from '../operators/aggregation/index.js';
import { softeningOperators } from '../operators/softening/index.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** The built-ins' modules as they run: `.ts` sources (the repository) or compiled `.js` (the package's dist/). */
const own = (module: string) => module.replace(/\.ts$/, extname(fileURLToPath(import.meta.url)));

/**
 * What is mutated and how the mutated operator is found again. A built-in is mutated in the module
 * that defines its formula (for an aggregation operator, its pool: the composition with power
 * softening is not mutated) and loaded by name through a copy of its registry that imports the
 * mutated module; a plugin is mutated as a whole and loaded like `kdaudit check` loads it.
 */
export type Subject =
  | {
      kind: 'builtin';
      name: string;
      operatorKind: 'softening' | 'aggregation';
      module: string;
      registry: string;
      roots: string[];
    }
  | { kind: 'plugin'; name: string; module: string };

/** Built-in operators by name pattern: the module of the formula and its exported declarations. */
const BUILTIN_SOURCES: ReadonlyArray<{ pattern: RegExp; module: string; roots: string[] }> = [
  { pattern: /^power$/, module: 'operators/softening/power.ts', roots: ['power'] },
  { pattern: /^entropy-projection$/, module: 'operators/softening/entropy-projection.ts', roots: ['entropyProjectionDefault'] },
  { pattern: /^power-class\//, module: 'operators/softening/power-class.ts', roots: ['powerClassOperators'] },
  { pattern: /^convex-mixing\/clamped$/, module: 'operators/softening/convex-mixing.ts', roots: ['convexMixingClamped'] },
  {
    pattern: /^convex-mixing\/extrapolated$/,
    module: 'operators/softening/convex-mixing.ts',
    roots: ['convexMixingExtrapolated'],
  },
  { pattern: /^convex-mixing\/exponential$/, module: 'operators/softening/convex-mixing.ts', roots: ['convexMixingExponential'] },
  { pattern: /^linear-pool\//, module: 'operators/aggregation/pools.ts', roots: ['linearPool'] },
  { pattern: /^log-pool\//, module: 'operators/aggregation/pools.ts', roots: ['logPool'] },
  { pattern: /^power-mean\//, module: 'operators/aggregation/pools.ts', roots: ['powerMeanPool'] },
  { pattern: /^weighted-median\//, module: 'operators/aggregation/pools.ts', roots: ['weightedMedian'] },
];

const REGISTRY = { softening: 'operators/softening/index.ts', aggregation: 'operators/aggregation/index.ts' } as const;

/** A built-in operator's name or a path to a plugin module; an error message when it is neither. */
export function resolveSubject(target: string): Subject | { error: string } {
  const builtin = [...softeningOperators, ...aggregationOperators].find((op) => op.name === target);
  if (builtin) {
    const source = BUILTIN_SOURCES.find((s) => s.pattern.test(target));
    if (!source) return { error: `no source module is known for the built-in operator ${target} (mutation/subject.ts)` };
    return {
      kind: 'builtin',
      name: target,
      operatorKind: builtin.kind,
      module: join(ROOT, own(source.module)),
      registry: join(ROOT, own(REGISTRY[builtin.kind])),
      roots: source.roots,
    };
  }
  const path = resolve(target);
  if (/\.(ts|js|mjs|mts)$/.test(target) && existsSync(path)) return { kind: 'plugin', name: target, module: path };
  return { error: `${target} is neither a built-in operator nor an existing .ts/.js module` };
}
