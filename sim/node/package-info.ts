/**
 * Where the Stormoff package lives and which version it is, found from this module's location
 * (the TypeScript source or the compiled bundle in build/cli/) so the CLI works from any working directory.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The nearest folder at or above `start` holding package.json. */
function rootAbove(start: string): string {
  let dir = start;
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`no package.json above ${start}`);
    dir = parent;
  }
  return dir;
}

/** Absolute path of the package root (the folder holding package.json), with a trailing separator. */
export const packageRoot = join(rootAbove(dirname(fileURLToPath(import.meta.url))), '/');

/** Absolute path of the bundled scenario library. */
export const scenariosDir = join(packageRoot, 'scenarios', '/');

/** The `version` field of package.json, e.g. "0.1.0". */
export function packageVersion(): string {
  const text = readFileSync(join(packageRoot, 'package.json'), 'utf8');
  return String((JSON.parse(text) as { version?: unknown }).version ?? 'unknown');
}
