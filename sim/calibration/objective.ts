/**
 * The calibration objective (simulated method of moments): the mean absolute error of the
 * simulated cloud shares on the fitted years, in percentage points, plus `anchorWeight` times the
 * mean relative log error |ln(model / target)| of the anchor moments. Moments are means over the
 * runs of one evaluation; every evaluation uses the same seeds (common random numbers), so two
 * parameter vectors are compared on the same random draws.
 */
import { PROVIDERS, type Provider, type ReportedShare } from '../backtest/reported.js';
import { ln } from '../math.js';
import { inRange, linearTrendForecast, meanAbsolute, persistenceForecast, type YearRange } from './forecasts.js';
import { TARGETS, type RunMoments } from './moments.js';

/** A log error is capped here (a factor of ~150), so one absent quantity cannot swamp the rest. */
export const LOG_ERROR_CAP = 5;

export interface ShareCell {
  year: number;
  provider: Provider;
  reported: number;
  simulated: number;
  /** Held out (not fitted). */
  holdout: boolean;
  /** The naive forecasts from the fitted years (held-out cells only; NaN otherwise). */
  persistence: number;
  trend: number;
}

export interface AnchorFit { name: string; target: number; model: number; logError: number; unit: string }

export interface Assessment {
  /** The value minimised. */
  objective: number;
  /** Share MAE over the fitted cells, pp. */
  fitMae: number;
  /** Share MAE over the held-out cells, pp: the model and the naive forecasts on the same cells. */
  holdoutMae: number;
  persistenceMae: number;
  trendMae: number;
  /** Mean capped |ln(model/target)| over the anchors. */
  anchorError: number;
  cells: ShareCell[];
  anchors: AnchorFit[];
}

export interface ObjectiveSetup {
  reported: readonly ReportedShare[];
  fit: YearRange;
  holdout: YearRange;
  /** pp of share MAE one unit of mean log anchor error costs (0: shares only). */
  anchorWeight: number;
}

/** Mean of the finite values of `values` (NaN for none: 0 / 0). */
function mean(values: readonly number[]): number {
  const finite = values.filter(Number.isFinite);
  return finite.reduce((a, b) => a + b, 0) / finite.length;
}

/** |ln(model/target)|, capped; the cap when the model has none (0, negative or NaN). */
export function logError(model: number, target: number): number {
  if (!(model > 0) || !(target > 0)) return LOG_ERROR_CAP;
  return Math.min(LOG_ERROR_CAP, Math.abs(ln(model / target)));
}

/**
 * The objective and its parts for the moments of one evaluation's runs.
 * @example assess(runs, { reported, fit: { from: 2018, to: 2022 }, holdout: { from: 2023, to: 2025 }, anchorWeight: 2 }).objective
 */
export function assess(runs: readonly RunMoments[], setup: ObjectiveSetup): Assessment {
  const cells: ShareCell[] = [];
  for (const r of setup.reported) {
    const fitted = inRange(r.year, setup.fit);
    const holdout = inRange(r.year, setup.holdout);
    if (!fitted && !holdout) continue;
    const simulated = mean(runs.map((m) => m.shares[`${r.provider}/${r.year}`]));
    cells.push({
      year: r.year, provider: r.provider, reported: r.sharePct, simulated, holdout,
      persistence: holdout ? persistenceForecast(setup.reported, r.provider, setup.fit) : NaN,
      trend: holdout ? linearTrendForecast(setup.reported, r.provider, setup.fit, r.year) : NaN,
    });
  }
  cells.sort((a, b) => a.year - b.year || PROVIDERS.indexOf(a.provider) - PROVIDERS.indexOf(b.provider));
  const fitCells = cells.filter((c) => !c.holdout);
  // Held-out cells with forecasts (fitted cells carry NaN; the trend exists exactly when persistence does).
  const held = cells.filter((c) => Number.isFinite(c.persistence));
  const anchors = TARGETS.map((t) => {
    const model = mean(runs.map((m) => m.anchors[t.name]));
    return { name: t.name, target: t.value, model, logError: logError(model, t.value), unit: t.unit };
  });
  const fitMae = meanAbsolute(fitCells.map((c) => c.simulated - c.reported));
  const anchorError = anchors.reduce((a, x) => a + x.logError, 0) / anchors.length;
  return {
    objective: fitMae + setup.anchorWeight * anchorError,
    fitMae,
    holdoutMae: meanAbsolute(held.map((c) => c.simulated - c.reported)),
    persistenceMae: meanAbsolute(held.map((c) => c.persistence - c.reported)),
    trendMae: meanAbsolute(held.map((c) => c.trend - c.reported)),
    anchorError,
    cells,
    anchors,
  };
}
