/**
 * Two naive forecasts of the held-out years' reported shares, made from the fitted years alone,
 * so the model's out-of-sample error has something to beat: persistence (each provider's share
 * frozen at the last fitted year it was reported) and a linear trend (least-squares line through
 * the provider's fitted years, extended). Shares in percent.
 */
import type { Provider, ReportedShare } from '../backtest/reported.js';

export interface YearRange {
  from: number;
  to: number;
}

/** Whether `year` is in `range` (inclusive). */
export const inRange = (year: number, range: YearRange): boolean => year >= range.from && year <= range.to;

/** A provider's reported (year, share) points within `range`, by year. */
function points(reported: readonly ReportedShare[], provider: Provider, range: YearRange): [number, number][] {
  return reported.filter((r) => r.provider === provider && inRange(r.year, range)).map((r) => [r.year, r.sharePct] as [number, number]).sort((a, b) => a[0] - b[0]);
}

/**
 * Persistence: the provider's share at the last fitted year it was reported; NaN when none.
 * @example persistenceForecast(reported, 'Azure', { from: 2018, to: 2022 }) // 23 (2022)
 */
export function persistenceForecast(reported: readonly ReportedShare[], provider: Provider, fit: YearRange): number {
  const own = points(reported, provider, fit);
  return own.length === 0 ? NaN : own[own.length - 1][1];
}

/**
 * Linear trend: the least-squares line through the provider's fitted years, at `year`
 * (persistence when it has one fitted year; NaN when none: the means are 0 / 0).
 * @example linearTrendForecast(reported, 'Azure', { from: 2018, to: 2022 }, 2024)
 */
export function linearTrendForecast(reported: readonly ReportedShare[], provider: Provider, fit: YearRange, year: number): number {
  const own = points(reported, provider, fit);
  if (own.length === 1) return own[0][1];
  const mx = own.reduce((a, p) => a + p[0], 0) / own.length;
  const my = own.reduce((a, p) => a + p[1], 0) / own.length;
  const sxy = own.reduce((a, p) => a + (p[0] - mx) * (p[1] - my), 0);
  const sxx = own.reduce((a, p) => a + (p[0] - mx) * (p[0] - mx), 0);
  return my + (sxy / sxx) * (year - mx);
}

/** Mean absolute value of `errors` (NaN for none: 0 / 0). */
export function meanAbsolute(errors: readonly number[]): number {
  return errors.reduce((a, e) => a + Math.abs(e), 0) / errors.length;
}
