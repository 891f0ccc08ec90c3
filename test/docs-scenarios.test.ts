/**
 * docs/scenarios.md and the library: every scenario has a section with its question, its extends
 * diff as generated from the file (so the doc follows the YAML), references, a golden file and a
 * headline block of the 200-run compare; and `npm run docs:scenarios` rewrites those blocks (run
 * here quickly on a copy, never on the real doc).
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readBlock } from '../sim/experiments/doc-block.js';
import { renderDiff } from '../sim/experiments/scenario-diff.js';
import { SCENARIO_HEADLINES } from '../sim/experiments/scenario-headlines.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const DOC = join(ROOT, 'docs/scenarios.md');
const doc = readFileSync(DOC, 'utf8');
const names = Object.keys(SCENARIO_HEADLINES);
const raw = (name: string) => parse(readFileSync(join(ROOT, 'scenarios', `${name}.yaml`), 'utf8')) as Record<string, unknown>;
const section = (name: string) => {
  const start = doc.search(new RegExp(`^## ${name}( |$)`, 'm'));
  const end = doc.indexOf('\n## ', start + 1);
  return start < 0 ? '' : doc.slice(start, end < 0 ? undefined : end);
};

describe('docs/scenarios.md', () => {
  it('SCENARIO_HEADLINES covers exactly the library (scenarios/*.yaml)', () => {
    const files = readdirSync(join(ROOT, 'scenarios')).filter((f) => f.endsWith('.yaml')).map((f) => f.slice(0, -5));
    expect([...names].sort()).toEqual(files.sort());
  });

  it.each(names)('%s: a section with its question, what it changes, references and a golden file', (name) => {
    const text = section(name);
    expect(text, `a "## ${name}" section`).not.toBe('');
    expect(text).toContain('**Question.**');
    expect(text).toMatch(/\*\*What it (changes|contains)/);
    const file = raw(name);
    expect(String(file.description ?? '').length).toBeGreaterThan(20);
    expect((file.references as string[] | undefined)?.length ?? 0, `${name}.yaml lists its own references`).toBeGreaterThan(0);
    expect(readFileSync(join(ROOT, 'scenarios', `${name}.yaml`), 'utf8')).toMatch(/What question it answers/);
    expect(existsSync(join(ROOT, 'test/output/golden', `${name}.txt`)), 'golden snapshot').toBe(true);
    if (name !== 'baseline') expect(file.extends).toBe('./baseline.yaml');
  });

  it.each(names.filter((n) => n !== 'baseline'))('%s: the diff block is the one generated from the YAML (npm run docs:scenarios -- --diff-only)', (name) => {
    expect(readBlock(section(name), 'diff', name)).toBe(renderDiff(raw(name), `scenarios/${name}.yaml`).trim());
  });

  it.each(names)('%s: a headline block of 200 runs with a row per headline metric (its label and unit)', (name) => {
    const block = readBlock(section(name), 'headline', name);
    expect(block, `<!-- headline:${name} --> block`).not.toBeNull();
    expect(block).toContain('**200 runs**');
    expect(block).toMatch(/builders, seed \d+, model \S+ at commit [0-9a-f]{7}/);
    for (const metric of SCENARIO_HEADLINES[name]) expect(block).toContain(`| ${metric.label} | ${metric.unit} |`);
    expect(block).not.toContain('n/a');
  });
});

describe('npm run docs:scenarios', () => {
  const dir = mkdtempSync(join(tmpdir(), 'docs-scenarios-test-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('rewrites the headline blocks of a copy with --runs and --agents, and leaves the real doc alone', () => {
    const copy = join(dir, 'scenarios.md');
    copyFileSync(DOC, copy);
    const tsx = join(ROOT, 'node_modules/.bin/tsx');
    execFileSync(tsx, ['sim/node/docs-scenarios.ts', '--runs', '2', '--agents', '300', '--workers', '1', '--only', 'no-exclusivity', '--doc', copy, '--no-build', '-q'],
      { cwd: ROOT, stdio: 'pipe', env: { ...process.env, CI: '1' } });
    const written = readFileSync(copy, 'utf8');
    const block = readBlock(written, 'headline', 'no-exclusivity')!;
    expect(block).toContain('**2 runs**, 300 builders');
    for (const metric of SCENARIO_HEADLINES['no-exclusivity']) expect(block).toContain(`| ${metric.label} |`);
    expect(readBlock(written, 'headline', 'baseline')).toBe(readBlock(doc, 'headline', 'baseline')); // not in --only
    expect(readFileSync(DOC, 'utf8')).toBe(doc);
  }, 300_000);

  it('refuses a bad option with exit code 2 and a message, writing nothing', () => {
    const copy = join(dir, 'bad.md');
    copyFileSync(DOC, copy);
    const tsx = join(ROOT, 'node_modules/.bin/tsx');
    let failure: { status: number; stderr: string } | null = null;
    try {
      execFileSync(tsx, ['sim/node/docs-scenarios.ts', '--only', 'no-such-scenario', '--doc', copy], { cwd: ROOT, stdio: 'pipe' });
    } catch (error) {
      failure = { status: (error as { status: number }).status, stderr: String((error as { stderr: Buffer }).stderr) };
    }
    expect(failure?.status).toBe(2);
    expect(failure?.stderr).toMatch(/--only: no library scenario 'no-such-scenario'/);
    expect(readFileSync(copy, 'utf8')).toBe(doc);
  }, 60_000);
});
