import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts'],
    // Build tests run Astro builds in this checkout; one file at a time keeps them apart.
    fileParallelism: false,
  },
});
