/**
 * Where the Stormoff package lives and which version it is, found from this module's location so
 * the CLI works from any working directory.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Absolute path of the package root (the folder holding package.json). */
export const packageRoot = fileURLToPath(new URL('../../', import.meta.url));

/** Absolute path of the bundled scenario library. */
export const scenariosDir = fileURLToPath(new URL('../../scenarios/', import.meta.url));

/** The `version` field of package.json, e.g. "0.1.0". */
export function packageVersion(): string {
  const text = readFileSync(new URL('../../package.json', import.meta.url), 'utf8');
  return String((JSON.parse(text) as { version?: unknown }).version ?? 'unknown');
}
