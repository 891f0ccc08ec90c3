/**
 * The engine core stays portable and deterministic: nothing under sim/ (outside sim/node/) imports
 * a Node module or touches the DOM, so the viewer's Web Worker runs the same code; and nothing in
 * sim/ calls Math.random. And an event kind is decided on only in its own module of sim/events/.
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

/**
 * A scenario event kind's knowledge lives in its module of sim/events/: no other file of sim/ or
 * viz/ switches on a kind's name, compares a `kind` with one, or lists kind names. (Writing an
 * event, `{ kind: 'deal', ... }`, is fine; deciding by its kind is the module's job.)
 */
const VIZ = fileURLToPath(new URL('../viz/', import.meta.url));
const SCHEMA = JSON.parse(readFileSync(new URL('../scenarios/schema.json', import.meta.url), 'utf8'));
const EVENT_KIND_NAMES: string[] = SCHEMA.definitions.event.properties.kind.enum;

/** Lines of `text` (comments dropped) that decide by an event kind's name. */
function kindDecisions(text: string, kinds: readonly string[]): string[] {
  const names = kinds.join('|');
  const name = `'(?:${names})'`;
  const patterns = [
    new RegExp(`\\bcase\\s+${name}`),
    new RegExp(`\\bkind\\s*[!=]==?\\s*${name}`),
    new RegExp(`${name}\\s*[!=]==?\\s*[\\w.]*\\bkind\\b`),
    new RegExp(`\\[\\s*(?:'[a-z_]+'\\s*,\\s*)*${name}\\s*(?:,\\s*'[a-z_]+'\\s*)*\\]`),
    new RegExp(`\\b(?:${names})\\s*:\\s*(?:\\d|\\{\\s*(?:unit|label|priority)\\b)`),
  ];
  return text.split('\n')
    .map((line) => line.replace(/\/\/.*$/, ''))
    .filter((line) => !/^\s*(\*|\/\*)/.test(line))
    .filter((line) => patterns.some((pattern) => pattern.test(line)));
}

describe('event kinds', () => {
  const outside = [...sources(SIM), ...sources(VIZ)].filter((file) => !relative(SIM, file).startsWith('events/'));

  it('kindDecisions(text) finds a switch, a comparison, a list and a table of kinds, and not an event written', () => {
    const text = [
      "switch (event.kind) {", "  case 'deal': return 1;", "if (e.kind !== 'set_param') go();", "if ('exit' === event.kind) go();",
      "const SCRIPTED = ['deal', 'invest'];", "const PRIORITY = { defect: 5, market_defect: 4 };", "  invest: { unit: 'USD bn' },",
      "applyEvent(world, { kind: 'deal', date });", " * e.kind === 'deal' in a comment", "worker.on('exit', done);",
    ].join('\n');
    expect(kindDecisions(text, EVENT_KIND_NAMES)).toEqual([
      "  case 'deal': return 1;", "if (e.kind !== 'set_param') go();", "if ('exit' === event.kind) go();",
      "const SCRIPTED = ['deal', 'invest'];", "const PRIORITY = { defect: 5, market_defect: 4 };", "  invest: { unit: 'USD bn' },",
    ]);
  });

  it.each(outside.map((file) => [relative(join(SIM, '..'), file), file]))('%s leaves decisions by event kind to sim/events/', (_, file) => {
    expect(kindDecisions(readFileSync(file, 'utf8'), EVENT_KIND_NAMES)).toEqual([]);
  });
});
