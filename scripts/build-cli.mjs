#!/usr/bin/env node
// Compiles the `stormoff` CLI to JavaScript in build/cli/: one ES-module chunk per command (esbuild
// code splitting), so `bin/stormoff.js` starts without a TypeScript loader and loads only the
// command that runs; the scenario schema's ajv validator is compiled to code here, once.
// Run by `npm ci`/`npm install` (the `prepare` script), `npm run build`, and the tests' global setup.
import Ajv from 'ajv';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { build } from 'esbuild';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const outdir = join(root, 'build', 'cli');
const common = { absWorkingDir: root, bundle: true, format: 'esm', platform: 'node', target: 'node20', packages: 'external', logLevel: 'warning' };

/** ES-module source of the scenario validator, compiled by ajv with the options the engine uses. */
async function validatorSource() {
  mkdirSync(join(root, 'build'), { recursive: true });
  const dir = mkdtempSync(join(root, 'build', 'tmp-'));
  try {
    const file = join(dir, 'schema-validator.mjs');
    await build({ ...common, entryPoints: ['sim/scenario/schema-validator.ts'], outfile: file });
    const { AJV_OPTIONS } = await import(pathToFileURL(file).href);
    const schema = (await import(pathToFileURL(join(root, 'scenarios', 'schema.json')).href, { with: { type: 'json' } })).default;
    const ajv = new Ajv.default({ ...AJV_OPTIONS, code: { source: true, esm: true } });
    const code = standaloneCode.default(ajv, ajv.compile(schema));
    const runtime = [...new Set([...code.matchAll(/require\("(ajv\/dist\/runtime\/[\w-]+)"\)/g)].map((m) => m[1]))];
    const imports = runtime.map((path, i) => `import runtime${i} from '${path}.js';`).join('\n');
    let body = code;
    runtime.forEach((path, i) => { body = body.replaceAll(`require("${path}")`, `runtime${i}`); });
    return `${imports}\n${body}\nexport function scenarioValidator() { return validate10; }\n`;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Builds build/cli/ from sim/node/cli.ts (and any extra entry points, e.g. worker scripts). */
export async function buildCli(entryPoints = ['sim/node/cli.ts', 'sim/node/run-worker.ts', 'sim/node/calibrate-worker.ts']) {
  const validator = await validatorSource();
  const precompiled = {
    name: 'precompiled-validator',
    setup(esbuild) {
      esbuild.onLoad({ filter: /[\\/]sim[\\/]scenario[\\/]schema-validator\.ts$/ }, () => ({ contents: validator, loader: 'js', resolveDir: root }));
    },
  };
  rmSync(outdir, { recursive: true, force: true });
  await build({ ...common, entryPoints, outdir, outbase: 'sim/node', splitting: true, plugins: [precompiled] });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildCli();
