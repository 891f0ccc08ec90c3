/**
 * The README's five-minute tour, followed literally: the YAML it shows is saved where it says,
 * its `$schema` line must point at a file, and each `npx stormoff ...` command of the tour runs
 * (as `node bin/stormoff.js ...`) in a copy of the repository root and exits 0. Everything is read
 * from README.md, so the test breaks when the README changes in a way that no longer works.
 */
import { existsSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, stormoff, tempDir } from './stormoff.js';

const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const tour = readme.slice(readme.indexOf('## A five-minute tour'), readme.indexOf('\n## ', readme.indexOf('## A five-minute tour') + 5));

/** The tour's YAML block, unindented. */
function tourYaml(): string {
  const block = /```yaml\n([\s\S]*?)\n\s*```/.exec(tour);
  if (!block) throw new Error('the tour shows no ```yaml block');
  const lines = block[1].split('\n');
  const indent = Math.min(...lines.filter((l) => l.trim()).map((l) => /^ */.exec(l)![0].length));
  return lines.map((line) => line.slice(indent)).join('\n') + '\n';
}

/** The commands of the tour (inline code starting `npx stormoff`), in order, split into words. */
function tourCommands(): string[][] {
  return [...tour.matchAll(/`(npx stormoff [^`]+)`/g)].map((match) => match[1].split(/\s+/).slice(2));
}

describe('README tour', () => {
  it('names where to save the YAML, and its $schema line resolves from there', () => {
    const saveAs = /Save this as `([^`]+)` in the repository root/.exec(tour)?.[1];
    expect(saveAs).toBeDefined();
    const schema = /\$schema=(\S+)/.exec(tourYaml())?.[1];
    expect(schema).toBeDefined();
    expect(existsSync(join(ROOT, dirname(saveAs!), schema!))).toBe(true);
  });

  it('runs every command of the tour as written, after saving the YAML where it says', { timeout: 240_000 }, async () => {
    const saveAs = /Save this as `([^`]+)`/.exec(tour)![1];
    const root = tempDir(); // a stand-in for the repository root: same scenarios/, fresh out/
    symlinkSync(join(ROOT, 'scenarios'), join(root, 'scenarios'));
    writeFileSync(join(root, saveAs), tourYaml());
    const commands = tourCommands();
    expect(commands.map((args) => args[0])).toEqual(['list', 'run', 'validate', 'run', 'run']);
    for (const args of commands) {
      const result = await stormoff(args, root);
      expect({ args, code: result.code, stderr: result.stderr }).toEqual({ args, code: 0, stderr: '' });
      const out = args.indexOf('--out');
      if (out >= 0) expect(existsSync(join(root, args[out + 1], 'summary.csv'))).toBe(true);
    }
    const named = /The run is named `([^`]+)`/.exec(tour)![1];
    const meta = JSON.parse(readFileSync(join(root, 'out', named, 'meta.json'), 'utf8'));
    expect(meta.scenario.name).toBe(named);
    expect(meta.overrides).toEqual(commands[4].filter((_, i, all) => all[i - 1] === '--set'));
  });
});
