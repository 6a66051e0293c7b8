import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { SlowestFirst } from './test/slowest-first.js';

export default defineConfig({
  // the examples import the package as its users do; here that is the sources, never a stale dist/
  resolve: { alias: { 'kdaudit/vitest': fileURLToPath(new URL('./integrations/vitest.ts', import.meta.url)) } },
  test: {
    include: ['test/**/*.test.ts', 'examples/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // both cores: without it vitest runs one file at a time here (the suite is CPU-bound)
    maxWorkers: '100%',
    // one module graph per worker, not per file: re-importing the engine (and mathjs, ts-morph) for
    // each of ~75 files cost more CPU than many of the tests (measured: 63 s → 36 s CPU on a third of
    // the files). Tests restore what they change (spies, env) and the engine keeps no state between runs.
    isolate: false,
    sequence: { sequencer: SlowestFirst },
  },
});
