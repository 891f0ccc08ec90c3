/**
 * The engine's structure for the economics: state imports no behaviour (world.ts has type imports
 * only, so no circle world.ts -> clouds.ts/choice.ts -> world.ts), and the event log has one writer.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SIM = fileURLToPath(new URL('../../sim/', import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node' ? [] : sources(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

describe('sim/ structure', () => {
  it('world.ts imports types only (state imports no behaviour)', () => {
    const text = readFileSync(join(SIM, 'world.ts'), 'utf8');
    const imports = text.split('\n').filter((line) => line.startsWith('import '));
    expect(imports.length).toBeGreaterThan(0);
    for (const line of imports) expect(line).toMatch(/^import type /);
  });

  it('only event-log.ts writes to world.log', () => {
    const writers = sources(SIM).filter((file) => /\bworld\.log\.push\(|\blog\.push\(/.test(readFileSync(file, 'utf8')));
    expect(writers.map((file) => relative(SIM, file))).toEqual(['event-log.ts']);
  });
});
