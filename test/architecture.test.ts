/**
 * The engine core stays portable and deterministic: nothing under sim/ (outside sim/node/) imports
 * a Node module or touches the DOM, so the viewer's Web Worker runs the same code; and nothing in
 * sim/ calls Math.random.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SIM = fileURLToPath(new URL('../sim/', import.meta.url));
const NODE_MODULES = ['fs', 'path', 'os', 'url', 'crypto', 'child_process', 'worker_threads', 'process', 'util', 'stream'];

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

const core = sources(SIM).filter((file) => !relative(SIM, file).startsWith('node'));

describe('sim/ core', () => {
  it('has engine files to check', () => {
    expect(core.length).toBeGreaterThan(20);
  });

  it.each(core.map((file) => [relative(SIM, file), file]))('%s imports no Node module and uses no DOM global', (_, file) => {
    const text = readFileSync(file, 'utf8');
    const imports = [...text.matchAll(/from '([^']+)'/g)].map((match) => match[1]);
    const nodeImports = imports.filter((spec) => spec.startsWith('node:') || NODE_MODULES.includes(spec));
    expect(nodeImports).toEqual([]);
    expect(text).not.toMatch(/\b(document|window|localStorage)\./);
    expect(text).not.toMatch(/\bprocess\.(env|argv|stdout|exit)/);
  });

  it('never calls Math.random anywhere in sim/', () => {
    const offenders = sources(SIM).filter((file) => /Math\.random\s*\(/.test(readFileSync(file, 'utf8')));
    expect(offenders.map((file) => relative(SIM, file))).toEqual([]);
  });
});
