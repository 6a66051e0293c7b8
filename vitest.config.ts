import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'examples/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // both cores: without it vitest runs one file at a time here (the suite is CPU-bound)
    maxWorkers: '100%',
  },
});
