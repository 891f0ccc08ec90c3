/**
 * `stormoff calibrate` end to end on a tiny budget: it writes calibration.csv, report.md,
 * fitted.yaml and meta.json; the fitted file is a partial scenario that a scenario can `extends`
 * (and then holds the fitted values); bad input exits 2 with a clear message and writes nothing.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadScenarioFile } from '../../sim/node/scenario-file.js';
import { hasStack, ROOT, stormoff, tempDir } from './stormoff.js';

describe('stormoff calibrate', () => {
  it('stormoff calibrate --iterations 3 writes the log, the report and a fitted.yaml that a scenario can extend', async () => {
    const dir = tempDir();
    const args = ['calibrate', 'baseline', '--params', 'params.alpha,params.wL', '--iterations', '3', '--runs', '2', '--agents', '300', '--workers', '1', '--out', 'cal', '-q'];
    const { code, stdout, stderr } = await stormoff(args, dir);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toMatch(/held out 2023-2025: model \| \d+\.\d\d \| \d+\.\d\d \|/);
    expect(stdout).toMatch(/held out: persistence \(shares of 2022\) \| \d+\.\d\d/);
    expect(stdout).toMatch(/held out: linear trend of 2018-2022 \| \d+\.\d\d/);
    expect(stdout).toMatch(/The model (beats|does not beat)/);
    const log = readFileSync(join(dir, 'cal', 'calibration.csv'), 'utf8').trim().split('\n');
    expect(log[0]).toBe('evaluation,params.alpha,params.wL,objective,fit_mae_pp,holdout_mae_pp,anchor_log_error,best_objective');
    expect(log).toHaveLength(1 + 3 + 1); // header, the budget, the final (rounded) point
    const meta = JSON.parse(readFileSync(join(dir, 'cal', 'meta.json'), 'utf8'));
    expect(meta.seeds).toHaveLength(2);
    expect(readFileSync(join(dir, 'cal', 'report.md'), 'utf8')).toMatch(/## Anchors/);

    const fitted = parse(readFileSync(join(dir, 'cal', 'fitted.yaml'), 'utf8'));
    expect(Object.keys(fitted).sort()).toEqual(['params']);
    expect(fitted.params.wL + fitted.params.wD + fitted.params.wE).toBeCloseTo(1, 9);
    const child = join(dir, 'calibrated.yaml');
    writeFileSync(child, `extends: ./cal/fitted.yaml\n${readFileSync(join(ROOT, 'scenarios', 'baseline.yaml'), 'utf8')}`);
    const validate = await stormoff(['validate', child], dir);
    expect(validate.code).toBe(0);
    const scenario = loadScenarioFile(child);
    expect(scenario.params.alpha).toBe(fitted.params.alpha);
    expect(scenario.params.wL).toBeCloseTo(fitted.params.wL, 12);
    expect(scenario.events.length).toBeGreaterThan(50);
  });

  it('stormoff calibrate with bad years, parameters or numbers exits 2 with a clear message and writes nothing', async () => {
    const dir = tempDir();
    const cases: [string[], RegExp][] = [
      [['--fit', '2022-2018'], /--fit expects years like 2018-2022, got '2022-2018'/],
      [['--holdout', '2021-2023'], /--holdout \(2021-2023\) must come after the fitted years/],
      [['--fit', '1990-1995'], /--fit 1990-1995 holds no reported year/],
      [['--params', 'params.nope'], /'params\.nope' is not a numeric params\.\* or population\.\* field/],
      [['--bounds', 'params.alpha=3:1'], /--bounds expects path=lower:upper with lower < upper/],
      [['--runs', '0'], /--runs expects an integer/],
      [['--anchor-weight', 'heavy'], /--anchor-weight expects a number >= 0, got 'heavy'/],
      [['--iteratons', '3'], /unknown option '--iteratons' \(did you mean '--iterations'\?\)/],
    ];
    for (const [flags, message] of cases) {
      const { code, stderr } = await stormoff(['calibrate', ...flags, '--out', 'never'], dir);
      expect(code, flags.join(' ')).toBe(2);
      expect(stderr, flags.join(' ')).toMatch(message);
      expect(hasStack(stderr)).toBe(false);
    }
    expect(existsSync(join(dir, 'never'))).toBe(false);
  });
});
