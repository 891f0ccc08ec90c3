/**
 * sim/backtest/errors.ts and simulated.ts on hand-built inputs: cells come out by year then
 * provider order whatever the input order, cells without a simulated value are skipped, the naive
 * forecasts are scored only where last year's share exists and after the first year, the MAE by
 * provider covers every provider (NaN for one without cells); a provider's Q4 share counts an
 * absent month as 0 and a cloud not in the run as 0; meanSimulatedShares() averages runs.
 */
import { describe, expect, it } from 'vitest';
import { backtestSummary } from '../../sim/backtest/errors.js';
import type { ReportedShare } from '../../sim/backtest/reported.js';
import { meanSimulatedShares, simulatedShare } from '../../sim/backtest/simulated.js';
import type { Recording } from '../../sim/recording.js';

const share = (year: number, provider: ReportedShare['provider'], sharePct: number): ReportedShare => ({ year, provider, sharePct, source: '' });

describe('backtestSummary(reported, simulated) edges', () => {
  // Azure 2018 20, 2019 22, 2021 30 (2020 not reported); AWS 2018 40, 2019 38, 2020 35; Google 2019 5, 2020 6 (not in 2018).
  const reported = [share(2019, 'Azure', 22), share(2018, 'AWS', 40), share(2021, 'Azure', 30), share(2018, 'Azure', 20), share(2020, 'AWS', 35), share(2019, 'AWS', 38), share(2020, 'Google Cloud', 6), share(2019, 'Google Cloud', 5)];
  const simulated: Record<string, number> = { 'AWS/2018': 41, 'AWS/2019': 36, 'AWS/2020': NaN, 'Azure/2018': 20, 'Azure/2019': 25, 'Azure/2021': 27, 'Google Cloud/2019': 9, 'Google Cloud/2020': 9 };
  const summarise = () => backtestSummary(reported, (provider, year) => simulated[`${provider}/${year}`] ?? NaN);

  it('backtestSummary() orders cells by year, then AWS, Azure, Google Cloud, Others, and skips cells without a simulated share', () => {
    const summary = summarise();
    expect(summary.cells.map((c) => `${c.provider}/${c.year}`)).toEqual(['AWS/2018', 'Azure/2018', 'AWS/2019', 'Azure/2019', 'Google Cloud/2019', 'Google Cloud/2020', 'Azure/2021']);
  });

  it('backtestSummary() gives each cell its error, last year\'s share (NaN when not reported) and the first year\'s', () => {
    const summary = summarise();
    expect(summary.cells.map((c) => [c.error, c.persistence, c.frozen])).toEqual([
      [1, NaN, 40], [0, NaN, 20], [-2, 40, 40], [3, 20, 20], [4, NaN, NaN], [3, 5, NaN], [-3, NaN, 20],
    ]);
  });

  it('backtestSummary() scores model and naive forecasts on the cells after the first year that have last year\'s share', () => {
    const summary = summarise();
    // scored: AWS/2019 (model 2, persistence 2, frozen 2) and Azure/2019 (3, 2, 2); Google 2020 has
    // last year's share but no first-year share, so no frozen forecast: not scored
    expect(summary.mae).toEqual({ model: 2.5, persistence: 2, frozen: 2 });
  });

  it('backtestSummary() gives the model\'s MAE of every provider over all its cells, NaN without any', () => {
    const summary = summarise();
    expect(summary.maeByProvider.AWS).toBe(1.5);
    expect(summary.maeByProvider.Azure).toBe(2);
    expect(Object.keys(summary.maeByProvider)).toEqual(['AWS', 'Azure', 'Google Cloud', 'Others']);
    expect(summary.maeByProvider['Google Cloud']).toBe(3.5);
    expect(summary.maeByProvider.Others).toBeNaN();
  });
});

function recording(dates: string[], spend: Record<string, number[]>): Recording {
  return {
    key: { scenario: 't', run: 0, seed: 1 }, dates, contracts: [], events: [],
    series: Object.entries(spend).map(([entity, values]) => ({ entity, metric: 'spend_share', values: Float64Array.from(values) })),
  };
}

describe('simulatedShare() and meanSimulatedShares()', () => {
  const dates = ['2020-09', '2020-10', '2020-11', '2020-12', '2021-01'];

  it('simulatedShare() averages October to December only, counting a NaN month as 0', () => {
    const r = recording(dates, { aws: [0.9, 0.3, NaN, 0.6, 0.9], azure: [0.1, 0.1, 0.1, 0.1, 0.1] });
    expect(simulatedShare(r, 'AWS', 2020)).toBeCloseTo(30, 12);
    expect(simulatedShare(r, 'Azure', 2020)).toBeCloseTo(10, 12);
  });

  it('simulatedShare() averages over the Q4 months the run has', () => {
    const r = recording(['2020-11', '2020-12'], { aws: [0.2, 0.4] });
    expect(simulatedShare(r, 'AWS', 2020)).toBeCloseTo(30, 12);
  });

  it('simulatedShare() of a provider whose cloud is not in the run is 0, and Others without other clouds 0', () => {
    const r = recording(dates, { aws: [1, 1, 1, 1, 1] });
    expect(simulatedShare(r, 'Google Cloud', 2020)).toBe(0);
    expect(simulatedShare(r, 'Others', 2020)).toBe(0);
  });

  it('simulatedShare() reads only spend_share series', () => {
    const r = recording(dates, { aws: [0.5, 0.5, 0.5, 0.5, 0.5] });
    r.series.push({ entity: 'oracle', metric: 'narrative_share', values: Float64Array.from([1, 1, 1, 1, 1]) });
    expect(simulatedShare(r, 'Others', 2020)).toBe(0);
  });

  it('meanSimulatedShares() is the mean over runs of each provider and year', () => {
    const a = recording(dates, { aws: [0, 0.2, 0.2, 0.2, 0], oracle: [0, 0.1, 0.1, 0.1, 0] });
    const b = recording(dates, { aws: [0, 0.4, 0.4, 0.4, 0], oracle: [0, 0.3, 0.3, 0.3, 0] });
    const means = meanSimulatedShares([a, b], [2020]);
    expect([...means.keys()]).toEqual(['AWS/2020', 'Azure/2020', 'Google Cloud/2020', 'Others/2020']);
    expect(means.get('AWS/2020')).toBeCloseTo(30, 12);
    expect(means.get('Azure/2020')).toBe(0);
    expect(means.get('Others/2020')).toBeCloseTo(20, 12);
  });
});
