/**
 * Tests of sim/calibration/forecasts.ts on the reported Synergy series: persistence is the last
 * fitted year's share, the linear trend the least-squares line through the fitted years (exact).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { reportedShares } from '../../sim/backtest/reported.js';
import { linearTrendForecast, meanAbsolute, persistenceForecast } from '../../sim/calibration/forecasts.js';

const reported = reportedShares(readFileSync(new URL('../../scenarios/data/market_share.csv', import.meta.url), 'utf8'), 1900, 2100);
const fit = { from: 2018, to: 2022 };

describe('persistenceForecast(reported, provider, fit)', () => {
  it('persistenceForecast() is the share of the last fitted year the provider was reported', () => {
    expect(persistenceForecast(reported, 'Azure', fit)).toBe(23);
    expect(persistenceForecast(reported, 'Google Cloud', { from: 2018, to: 2019 })).toBe(7); // 2019 has no Google row
    expect(persistenceForecast(reported, 'AWS', { from: 1990, to: 1991 })).toBeNaN();
  });
});

describe('linearTrendForecast(reported, provider, fit, year)', () => {
  it('linearTrendForecast() extends the least-squares line: Azure 16,18,20,21,23 (2018-22) -> 19.6 + 1.7 (year - 2020)', () => {
    expect(linearTrendForecast(reported, 'Azure', fit, 2024)).toBeCloseTo(26.4, 12);
    expect(linearTrendForecast(reported, 'Azure', fit, 2020)).toBeCloseTo(19.6, 12);
  });
  it('linearTrendForecast() skips unreported years and falls back to the one point it has', () => {
    // Google 2018 7, 2020 9, 2021 10, 2022 11: mean year 2020.25, slope 1.0 / 0.9... computed exactly below
    const pts = [[2018, 7], [2020, 9], [2021, 10], [2022, 11]];
    const mx = pts.reduce((a, p) => a + p[0], 0) / 4;
    const my = pts.reduce((a, p) => a + p[1], 0) / 4;
    const slope = pts.reduce((a, p) => a + (p[0] - mx) * (p[1] - my), 0) / pts.reduce((a, p) => a + (p[0] - mx) ** 2, 0);
    expect(linearTrendForecast(reported, 'Google Cloud', fit, 2025)).toBeCloseTo(my + slope * (2025 - mx), 12);
    expect(linearTrendForecast(reported, 'Google Cloud', { from: 2018, to: 2019 }, 2025)).toBe(7);
  });
});

describe('meanAbsolute(errors)', () => {
  it('meanAbsolute() is the mean of absolute values, NaN for none', () => {
    expect(meanAbsolute([1, -3])).toBe(2);
    expect(meanAbsolute([])).toBeNaN();
  });
});
