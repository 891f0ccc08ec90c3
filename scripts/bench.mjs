#!/usr/bin/env node
// `npm run bench`: compiles bench/bench.ts and its worker with esbuild (as the CLI is compiled,
// scripts/build-cli.mjs) and runs the result with plain node, arguments passed through. Run
// through tsx instead, every typed-array access in the engine carries an extra check: tsx's
// loader detaches an ArrayBuffer, which invalidates V8's "no buffer was ever detached" protector
// for the isolate (measured: 50 detach checks compiled into the population step, ~20% slower).
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
await build({
  absWorkingDir: root, entryPoints: { 'bench.built': 'bench/bench.ts', 'parallel-worker.built': 'bench/parallel-worker.ts' },
  outdir: 'bench', outExtension: { '.js': '.mjs' }, bundle: true, format: 'esm', platform: 'node', target: 'node20',
  packages: 'external', logLevel: 'warning', sourcemap: true, // bench/phases.ts maps profile samples back to sim/ files
});
const result = spawnSync(process.execPath, ['bench/bench.built.mjs', ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
process.exitCode = result.status ?? 1;
