/**
 * Usage messages a newcomer meets (in process, through `main`): negative option values,
 * did-you-mean for commands, flags, scenario names and --set keys, `help <command>`, --json for
 * list and validate, --set on validate, --quiet.
 */
import { describe, expect, it } from 'vitest';
import { runMain } from './in-process.js';
import { SMALL } from './stormoff.js';

describe('stormoff usage', () => {
  it('run --runs -1 and --seed -5 say what is expected, not "ambiguous"', async () => {
    const runs = await runMain(['run', 'baseline', '--runs', '-1']);
    expect(runs).toMatchObject({ code: 2, stderr: expect.stringContaining("--runs expects an integer from 1 to 10000, got '-1'") });
    const seed = await runMain(['run', 'baseline', '--seed', '-5']);
    expect(seed).toMatchObject({ code: 2, stderr: expect.stringContaining("--seed expects an integer from 0 to 4294967295, got '-5'") });
  });

  it('suggests the closest command, flag and bundled scenario', async () => {
    expect((await runMain(['rnu'])).stderr).toContain("unknown command 'rnu' (did you mean 'run'?)");
    expect((await runMain(['run', 'baseline', '--sede', '3'])).stderr).toContain("unknown option '--sede' (did you mean '--seed'");
    const name = await runMain(['run', 'baselin']);
    expect(name).toMatchObject({ code: 2, stderr: expect.stringContaining("no such scenario: 'baselin' (did you mean 'baseline'?)") });
  });

  it('help run prints the run command\'s help', async () => {
    const { code, stdout } = await runMain(['help', 'run']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Usage: stormoff run <scenario>/);
  });

  it('a --set typo names --set and the closest key, not the scenario file', async () => {
    const { code, stderr } = await runMain(['validate', 'baseline', '--set', 'params.lamda=0.3']);
    expect(code).toBe(2);
    expect(stderr).toBe('error: --set: params.lamda: expected a known key (did you mean "lambda"?), found "lamda"\n');
  });

  it('list --json and validate --json print JSON; validate takes --set; --quiet prints only errors', async () => {
    const list = JSON.parse((await runMain(['list', '--json'])).stdout) as { name: string; file: string }[];
    expect(list).toContainEqual(expect.objectContaining({ name: 'baseline', file: 'baseline.yaml' }));
    const valid = await runMain(['validate', SMALL, '--json', '--set', 'params.lambda=0.2']);
    expect(valid.code).toBe(0);
    expect(JSON.parse(valid.stdout)).toEqual([{ file: SMALL, ok: true, name: 'Minimal', clouds: 2, labs: 2, events: 3 }]);
    const invalid = await runMain(['validate', SMALL, '--json', '--set', 'params.lambda=7']);
    expect(invalid.code).toBe(2);
    expect(JSON.parse(invalid.stdout)[0]).toMatchObject({ ok: false, issues: [{ file: '--set', path: 'params.lambda' }] });
    expect(await runMain(['validate', SMALL, '--quiet'])).toEqual({ code: 0, stdout: '', stderr: '' });
  });
});
