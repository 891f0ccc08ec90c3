/**
 * Vite serves and builds the viewer (viz/); Vitest runs the tests (test/).
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: '.',
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['test/support/build-cli.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
