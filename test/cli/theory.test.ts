import { describe, expect, it } from 'vitest';
import { stormoff } from './stormoff.js';

describe('stormoff theory', () => {
  it('stormoff theory rubinstein --delta1 .95 --delta2 .9 --horizon 11 --json prints {model, params, simulated, closedForm}', async () => {
    const { code, stdout } = await stormoff(['theory', 'rubinstein', '--delta1', '0.95', '--delta2', '0.9', '--horizon', '11', '--json']);
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(result).toMatchObject({ model: 'rubinstein', params: { delta1: 0.95, delta2: 0.9, horizon: 11 } });
    expect(result.simulated.share1).toBeCloseTo(0.831455, 6);
    expect(result.closedForm.share1).toBeCloseTo(0.831455, 6);
  });
  it('stormoff theory arthur --runs 500 prints simulated and closed form side by side', async () => {
    const { code, stdout } = await stormoff(['theory', 'arthur', '--s', '0.3', '--runs', '500']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/quantity\s+simulated\s+closed form\s+tolerance\s+pass/);
    expect(stdout).toMatch(/pLockA\s+0\.\d+\s+0\.5\s/);
  });
  it('stormoff theory with a misspelt model, a non-number or an unknown flag exits 2 with a hint', async () => {
    const typo = await stormoff(['theory', 'polyа']);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toMatch(/unknown model/);
    const bad = await stormoff(['theory', 'nash', '--alpha', 'high']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--alpha expects a number, got 'high'/);
    const range = await stormoff(['theory', 'nash', '--alpha', '2']);
    expect(range.code).toBe(2);
    expect(range.stderr).toMatch(/alpha must lie in \[0, 1\]/);
    expect(range.stderr).not.toMatch(/\n\s+at /);
    const flag = await stormoff(['theory', 'bass', '--delta1', '0.5']);
    expect(flag.code).toBe(2);
  });
});

describe('stormoff backtest', () => {
  it('stormoff backtest --endogenous writes backtest.csv, backtest.svg and regimes.csv and prints the MAEs', async () => {
    const { code, stdout, stderr } = await stormoff(['backtest', 'baseline', '--runs', '1', '--agents', '400', '--endogenous', '--out', 'bt', '-q']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toMatch(/MAE 2019–2025 \(pp\): model \d+\.\d, persistence 1\.\d, frozen 2018 shares \d+\.\d/);
    expect(stdout).toContain('OpenAI exclusive on Azure');
    expect(stdout).toMatch(/Wrote .*backtest\.csv, .*backtest\.svg, .*meta\.json, .*regimes\.csv/);
  });
});
