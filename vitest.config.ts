import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      // Pure and fixture-copy tests: every file in its own temporary folder, so they run in parallel.
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      // Build tests run Astro builds in this checkout (one cache, one .astro folder): one at a time.
      { test: { name: 'build', include: ['tests/build/**/*.test.ts'], fileParallelism: false } },
    ],
  },
});
