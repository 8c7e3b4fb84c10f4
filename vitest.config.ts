import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // Many tests run the CLI, real servers and image tools as child processes: on a loaded 2-core
    // machine one such test can take tens of seconds without anything being wrong.
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
