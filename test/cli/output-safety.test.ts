/**
 * Output-folder safety: an unusable --out is refused before running (exit 2, what to do), a long
 * legal name works, a result is never replaced silently (default out/<name> moves to -2 and says
 * so), and a run changed by --set is named and recorded as such.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runMain } from './in-process.js';
import { SMALL, stormoff, tempDir } from './stormoff.js';

describe('stormoff run --out', () => {
  it('refuses an --out it cannot write before running: /proc/x, a path through a file, a name over 255', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'afile'), 'x');
    const cases: [string, RegExp][] = [
      ['/proc/x', /cannot write outputs to \/proc\/x: .+/],
      [join(dir, 'afile', 'out'), /cannot write outputs to .*afile\/out: a part of the path is a file, not a folder/],
      [join(dir, 'n'.repeat(300)), /named with 300 characters \(the limit is 255\)/],
    ];
    for (const [out, message] of cases) {
      const { code, stderr } = await runMain(['run', 'baseline', '--out', out]);
      expect({ out, code }).toEqual({ out, code: 2 });
      expect(stderr).toMatch(message);
      expect(stderr).toMatch(/^hint: give /m);
    }
    expect(readdirSync(dir)).toEqual(['afile']);
  });

  it('writes to a legal 240-character folder name', async () => {
    const out = join(tempDir(), 'n'.repeat(240));
    expect((await runMain(['run', SMALL, '--runs', '1', '--out', out, '--quiet'])).code).toBe(0);
    expect(existsSync(join(out, 'meta.json'))).toBe(true);
  });

  it('names a --set run <scenario>+<set> and lists the overrides in meta.json', async () => {
    const out = join(tempDir(), 'o');
    expect((await runMain(['run', SMALL, '--runs', '1', '--out', out, '--set', 'params.lambda=0.2', '-q'])).code).toBe(0);
    const meta = JSON.parse(readFileSync(join(out, 'meta.json'), 'utf8'));
    expect(meta.scenario.name).toBe('Minimal+params.lambda=0.2');
    expect(meta.overrides).toEqual(['params.lambda=0.2']);
    expect(readFileSync(join(out, 'summary.csv'), 'utf8').split('\n')[1]).toMatch(/^Minimal\+params\.lambda=0\.2,0,/);
  });

  it('a second run to the default out/<name> goes to out/<name>-2 and says so', { timeout: 120_000 }, async () => {
    const cwd = tempDir();
    expect((await stormoff(['run', SMALL, '--runs', '1'], cwd)).code).toBe(0);
    const second = await stormoff(['run', SMALL, '--runs', '1'], cwd);
    expect(second.code).toBe(0);
    expect(second.stdout).toContain('wrote out/Minimal-2/');
    expect(second.stdout).toContain('out/Minimal holds an earlier result; --force replaces it');
    expect(readdirSync(join(cwd, 'out')).sort()).toEqual(['Minimal', 'Minimal-2']);
  });
});
