/**
 * The calibration's small pieces on hand-built inputs (sim/calibration/moments.ts, objective.ts,
 * forecasts.ts, fitted-file.ts): the GPU take-up exactly (capacity added by the scenario's clouds
 * over the months of the years asked, over a supply growing at its yearly rate), the horizon cut
 * at a later last year with its events, the shortage target, unsorted and partial reported series,
 * NaN runs left out of a mean, the log error's cap for a target of 0, and the fitted file's edges.
 */
import { describe, expect, it } from 'vitest';
import type { ReportedShare } from '../../sim/backtest/reported.js';
import { fittedYaml, roundSignificant, setsToTree } from '../../sim/calibration/fitted-file.js';
import { inRange, linearTrendForecast, persistenceForecast } from '../../sim/calibration/forecasts.js';
import { calibrationHorizon, SHORTAGE, supplyTakeUp, TARGETS, type RunMoments } from '../../sim/calibration/moments.js';
import { assess, LOG_ERROR_CAP, logError } from '../../sim/calibration/objective.js';
import type { Recording } from '../../sim/recording.js';
import type { Scenario } from '../../sim/scenario/types.js';

const capacity = (entity: string, values: number[]) => ({ entity, metric: 'capacity', values: Float64Array.from(values) });
const run = (dates: string[], series: Recording['series']): Recording => ({ key: { scenario: 's', run: 0, seed: 1 }, dates, series, contracts: [], events: [] });
const scenario = (gpuSupply: number, gpuSupplyGrowth: number) => ({ clouds: [{ id: 'aws' }, { id: 'gcp' }], params: { gpuSupply, gpuSupplyGrowth } }) as unknown as Scenario;

describe('supplyTakeUp(recording, scenario, years)', () => {
  it('supplyTakeUp() is the capacity the scenario\'s clouds added in the years\' months over the supply of those months', () => {
    const r = run(['2022-12', '2023-01', '2023-02', '2024-01'], [
      capacity('aws', [1, 2, 4, 100]),
      capacity('gcp', [5, 5, NaN, 9]), // NaN months add nothing
      capacity('oracle', [0, 50, 50, 50]), // not a cloud of the scenario
      { entity: 'aws', metric: 'ai_revenue', values: Float64Array.from([0, 9, 9, 9]) },
    ]);
    // 2023-01: +1 (aws) +0 (gcp); 2023-02: +2 (aws); supply 10 a month with no growth
    expect(supplyTakeUp(r, scenario(10, 0), ['2023'])).toBeCloseTo(3 / 20, 14);
    // month 0 counts no addition and no supply, even in a year asked for
    expect(supplyTakeUp(r, scenario(10, 0), ['2022'])).toBeNaN();
    expect(supplyTakeUp(r, scenario(10, 0), ['2022', '2023'])).toBeCloseTo(3 / 20, 14);
  });

  it('supplyTakeUp() is NaN without supply, even when capacity was added', () => {
    const r = run(['2022-12', '2023-01'], [capacity('aws', [1, 2])]);
    expect(supplyTakeUp(r, scenario(0, 0), ['2023'])).toBeNaN();
  });

  it('supplyTakeUp() grows the supply by (1 + growth)^(t / 12) at month index t', () => {
    const dates = ['2022-07', '2022-08', '2022-09', '2022-10', '2022-11', '2022-12', '2023-01'];
    const r = run(dates, [capacity('aws', [0, 0, 0, 0, 0, 0, 6])]);
    expect(supplyTakeUp(r, scenario(10, 3), ['2023'])).toBeCloseTo(6 / 20, 14); // 10 x 4^(6/12)
  });
});

describe('calibrationHorizon(scenario, lastYear)', () => {
  it('calibrationHorizon() ends in December of a last year after the anchors, keeping that month\'s events', () => {
    const s = { end: '2032-12', events: [{ date: '2027-12' }, { date: '2028-01' }] } as unknown as Scenario;
    const cut = calibrationHorizon(s, 2027);
    expect(cut.end).toBe('2027-12');
    expect(cut.events).toEqual([{ date: '2027-12' }]);
    expect(calibrationHorizon(s, 2020).end).toBe('2026-03');
  });

  it('calibrationHorizon() keeps a scenario ending at the wanted month as it is', () => {
    const s = { end: '2027-12', events: [] } as unknown as Scenario;
    expect(calibrationHorizon(s, 2027).end).toBe('2027-12');
  });
});

describe('TARGETS', () => {
  it('TARGETS end with the shortage: all of the 2023-24 supply taken up', () => {
    expect(TARGETS.at(-1)).toEqual({ name: SHORTAGE, value: 1, unit: 'share of supply', source: 'anchors.csv / test/economics/supply.test.ts: supply binds 2023-24' });
    expect(SHORTAGE).toBe('GPU supply taken up 2023-24 (the H100 shortage binds)');
  });
});

describe('forecasts on unsorted and partial series', () => {
  const share = (year: number, provider: ReportedShare['provider'], sharePct: number): ReportedShare => ({ year, provider, sharePct, source: '' });
  const reported = [share(2021, 'AWS', 34), share(2019, 'AWS', 30), share(2020, 'AWS', 33), share(2022, 'AWS', 99)];

  it('inRange() includes both ends', () => {
    expect([2018, 2019, 2021, 2022].map((y) => inRange(y, { from: 2019, to: 2021 }))).toEqual([false, true, true, false]);
  });

  it('persistenceForecast() takes the latest fitted year, not the last row', () => {
    expect(persistenceForecast([...reported].reverse(), 'AWS', { from: 2019, to: 2021 })).toBe(34);
    expect(persistenceForecast(reported, 'AWS', { from: 2019, to: 2021 })).toBe(34);
  });

  it('linearTrendForecast() fits only the fitted years of the provider: 30, 33, 34 -> slope 2', () => {
    expect(linearTrendForecast(reported, 'AWS', { from: 2019, to: 2021 }, 2023)).toBeCloseTo(97 / 3 + 2 * 3, 12);
    expect(linearTrendForecast(reported, 'Azure', { from: 2019, to: 2021 }, 2023)).toBeNaN();
  });
});

describe('assess(runs, setup) edges', () => {
  const atTargets = Object.fromEntries(TARGETS.map((t) => [t.name, t.value]));
  const reported: ReportedShare[] = [
    { year: 2021, provider: 'Azure', sharePct: 20, source: '' }, { year: 2020, provider: 'Azure', sharePct: 18, source: '' },
    { year: 2021, provider: 'AWS', sharePct: 32, source: '' }, { year: 2020, provider: 'AWS', sharePct: 30, source: '' },
    { year: 2021, provider: 'Google Cloud', sharePct: 9, source: '' }, // held out, never fitted
  ];
  const moments = (shares: Record<string, number>): RunMoments => ({ shares, anchors: atTargets });
  const setup = { reported, fit: { from: 2020, to: 2020 }, holdout: { from: 2021, to: 2021 }, anchorWeight: 1 };

  it('assess() sorts cells by year then provider order, and scores held-out cells only where both naive forecasts exist', () => {
    const a = assess([moments({ 'AWS/2020': 31, 'Azure/2020': 18, 'AWS/2021': 30, 'Azure/2021': 21, 'Google Cloud/2021': 50 })], setup);
    expect(a.cells.map((c) => `${c.provider}/${c.year}`)).toEqual(['AWS/2020', 'Azure/2020', 'AWS/2021', 'Azure/2021', 'Google Cloud/2021']);
    expect(a.fitMae).toBeCloseTo(0.5, 14); // |31-30|, |18-18|
    expect(a.holdoutMae).toBeCloseTo(1.5, 14); // |30-32|, |21-20|; Google has no forecast
    expect(a.persistenceMae).toBeCloseTo(2, 14); // 30 vs 32, 18 vs 20
    expect(a.trendMae).toBeCloseTo(2, 14); // one fitted year: the trend is persistence
    expect(a.cells.find((c) => c.provider === 'Google Cloud')).toMatchObject({ holdout: true, persistence: NaN, trend: NaN });
    expect(a.cells[0]).toMatchObject({ holdout: false, persistence: NaN, trend: NaN });
  });

  it('assess() averages each moment over the runs that have a finite value', () => {
    const a = assess([moments({ 'AWS/2020': 31 }), moments({ 'AWS/2020': NaN }), moments({ 'AWS/2020': 35 })], setup);
    expect(a.cells[0].simulated).toBe(33);
    expect(a.cells[1].simulated).toBeNaN();
  });

  it('assess() reports every anchor with its target, model value, log error and unit', () => {
    const a = assess([moments({})], setup);
    expect(a.anchors.map((x) => x.name)).toEqual(TARGETS.map((t) => t.name));
    expect(a.anchors.at(-1)).toEqual({ name: SHORTAGE, target: 1, model: 1, logError: 0, unit: 'share of supply' });
  });

  it('logError() is the cap for a target that is not positive', () => {
    expect(logError(1, 0)).toBe(LOG_ERROR_CAP);
    expect(logError(1, -2)).toBe(LOG_ERROR_CAP);
    expect(logError(Math.exp(4.9), 1)).toBeCloseTo(4.9, 12);
  });
});

describe('fitted file edges', () => {
  it('setsToTree() splits at the first = and replaces a number met on the way by a mapping', () => {
    expect(setsToTree(['a=1', 'a.b=2'])).toEqual({ a: { b: 2 } });
    expect(setsToTree(['x.y=1e-3'])).toEqual({ x: { y: 0.001 } });
  });

  it('roundSignificant() keeps the sign of -0', () => {
    expect(Object.is(roundSignificant(-0, 4), -0)).toBe(true);
  });

  it('fittedYaml() of no header starts with an empty line; each header line is a trimmed comment', () => {
    expect(fittedYaml(['p.a=1'], [])).toBe('\np:\n  a: 1\n');
    expect(fittedYaml(['p.a=1'], ['one ', ''])).toBe('# one\n#\np:\n  a: 1\n');
  });
});
