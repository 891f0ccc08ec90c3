/**
 * Test helpers for the CLI: spawn `node bin/stormoff.js` and collect its exit code and output;
 * the small fixture scenario.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const BIN = join(ROOT, 'bin', 'stormoff.js');

export interface Result {
  code: number;
  stdout: string;
  stderr: string;
}

/** Run the CLI with `args` in `cwd` (default: a fresh temp dir), never on a TTY. */
export function stormoff(args: string[], cwd = tempDir()): Promise<Result> {
  const env = { ...process.env, STORMOFF_DEBUG: '', NO_COLOR: '1' };
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { cwd, env, timeout: 120_000 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ code, stdout: String(stdout), stderr: String(stderr) });
    });
  });
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'stormoff-cli-'));
}

/** The small valid scenario used for end-to-end runs (the loader's fixture: 2 clouds, 2 labs, 1000 agents). */
export const SMALL = join(ROOT, 'test', 'fixtures', 'scenarios', 'minimal.yaml');

/** True when `text` looks like it holds a stack trace. */
export function hasStack(text: string): boolean {
  return /^\s+at .+[(:]\d+/m.test(text);
}
