/**
 * The library's scenario names as the tests see them (the files in scenarios/), baseline first.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('../../scenarios/', import.meta.url));

export const LIBRARY_NAMES_FOR_TESTS: string[] = readdirSync(dir)
  .filter((file) => file.endsWith('.yaml'))
  .map((file) => file.replace(/\.yaml$/, ''))
  .sort((a, b) => (a === 'baseline' ? -1 : b === 'baseline' ? 1 : a.localeCompare(b)));
