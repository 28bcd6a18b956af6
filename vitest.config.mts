import { defineConfig } from 'vitest/config';

const shared = { environment: 'node', pool: 'forks', testTimeout: 30_000, hookTimeout: 60_000 } as const;

export default defineConfig({
  test: {
    projects: [
      { test: { ...shared, name: 'unit', include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'], exclude: ['tests/**/*.stall.test.ts', '**/node_modules/**'] } },
      {
        // Main-thread stall budgets (#15) measure wall time: they run after every other file,
        // one file at a time, so other tests of the same run do not take the CPU from them.
        test: { ...shared, name: 'stall', include: ['tests/**/*.stall.test.ts'], fileParallelism: false, sequence: { groupOrder: 1 } },
      },
    ],
  },
});
