/**
 * How far simulated shares are from the reported ones, year by year and provider by provider, and
 * how the model compares with two naive forecasts on the same cells: persistence (last year's
 * reported share) and frozen shares (the first reported year's). Errors in percentage points.
 */
import { meanAbsolute as meanAbs } from '../calibration/forecasts.js';
import { PROVIDERS, type Provider, type ReportedShare } from './reported.js';

export interface BacktestCell {
  year: number;
  provider: Provider;
  reported: number;
  simulated: number;
  /** Simulated minus reported, pp. */
  error: number;
  /** Last year's reported share (NaN when not reported). */
  persistence: number;
  /** The first reported year's share. */
  frozen: number;
}

export interface BacktestSummary {
  cells: BacktestCell[];
  /** Mean absolute error over cells, pp: the model, and the two naive forecasts over the cells where they exist. */
  mae: { model: number; persistence: number; frozen: number };
  /** The model's MAE by provider. */
  maeByProvider: Record<string, number>;
}

/**
 * Cells for every reported (year, provider) with a simulated share, and their error summary.
 * @example backtestSummary(reported, (p, y) => simulated.get(`${p}/${y}`) ?? NaN).mae.model
 */
export function backtestSummary(reported: readonly ReportedShare[], simulated: (provider: Provider, year: number) => number): BacktestSummary {
  const share = new Map(reported.map((r) => [`${r.provider}/${r.year}`, r.sharePct]));
  const firstYear = Math.min(...reported.map((r) => r.year));
  const cells: BacktestCell[] = [];
  for (const r of [...reported].sort((a, b) => a.year - b.year || PROVIDERS.indexOf(a.provider) - PROVIDERS.indexOf(b.provider))) {
    const value = simulated(r.provider, r.year);
    if (!Number.isFinite(value)) continue;
    cells.push({
      year: r.year, provider: r.provider, reported: r.sharePct, simulated: value, error: value - r.sharePct,
      persistence: share.get(`${r.provider}/${r.year - 1}`) ?? NaN,
      frozen: share.get(`${r.provider}/${firstYear}`) ?? NaN,
    });
  }
  // The first year has no persistence forecast (no year before it is reported), so it is never scored.
  const scored = cells.filter((c) => finite(c.persistence) && finite(c.frozen));
  const maeByProvider: Record<string, number> = {};
  for (const provider of PROVIDERS) maeByProvider[provider] = meanAbs(cells.filter((c) => c.provider === provider).map((c) => c.error));
  return {
    cells,
    mae: {
      model: meanAbs(scored.map((c) => c.error)),
      persistence: meanAbs(scored.map((c) => c.persistence - c.reported)),
      frozen: meanAbs(scored.map((c) => c.frozen - c.reported)),
    },
    maeByProvider,
  };
}

function finite(value: number): boolean {
  return Number.isFinite(value);
}
