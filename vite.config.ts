/**
 * Vite serves and builds the viewer (viz/ -> dist/, relative paths so any static host works, the
 * scenario library bundled); Vitest runs the tests (test/).
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  root: here('./viz'),
  base: './',
  build: { outDir: here('./dist'), emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 1500 },
  worker: { format: 'es' },
  server: { host: '127.0.0.1', fs: { allow: [here('.')] } },
  preview: { host: '127.0.0.1' },
  test: {
    root: here('.'),
    include: ['test/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['test/support/build-cli.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
