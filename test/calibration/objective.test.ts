/**
 * Tests of sim/calibration/objective.ts on hand-made moments: fitted and held-out cells split by
 * year, the naive forecasts scored on the held-out cells, anchors as capped |log| errors, and the
 * objective = fit MAE + anchorWeight x mean anchor error. Exact arithmetic, no randomness.
 */
import { describe, expect, it } from 'vitest';
import type { ReportedShare } from '../../sim/backtest/reported.js';
import { TARGETS, type RunMoments } from '../../sim/calibration/moments.js';
import { assess, LOG_ERROR_CAP, logError } from '../../sim/calibration/objective.js';

const reported: ReportedShare[] = [
  { year: 2020, provider: 'AWS', sharePct: 30, source: '' },
  { year: 2021, provider: 'AWS', sharePct: 32, source: '' },
  { year: 2022, provider: 'AWS', sharePct: 35, source: '' },
  { year: 2019, provider: 'AWS', sharePct: 99, source: '' }, // outside both ranges: ignored
];
const atTargets = Object.fromEntries(TARGETS.map((t) => [t.name, t.value]));
const moments = (aws2020: number, aws2021: number, aws2022: number, anchors = atTargets): RunMoments => ({
  shares: { 'AWS/2020': aws2020, 'AWS/2021': aws2021, 'AWS/2022': aws2022 }, anchors,
});
const setup = { reported, fit: { from: 2020, to: 2021 }, holdout: { from: 2022, to: 2022 }, anchorWeight: 2 };

describe('assess(runs, setup)', () => {
  it('assess() averages the runs, scores fitted and held-out cells apart, and the naive forecasts on the held-out ones', () => {
    const a = assess([moments(31, 30, 36), moments(33, 30, 40)], setup);
    expect(a.cells.map((c) => [c.year, c.simulated, c.holdout])).toEqual([[2020, 32, false], [2021, 30, false], [2022, 38, true]]);
    expect(a.fitMae).toBeCloseTo(2, 12); // |32-30|, |30-32|
    expect(a.holdoutMae).toBeCloseTo(3, 12); // |38-35|
    expect(a.persistenceMae).toBeCloseTo(3, 12); // 32 vs 35
    expect(a.trendMae).toBeCloseTo(1, 12); // 30, 32 -> 34 vs 35
    expect(a.anchorError).toBe(0);
    expect(a.objective).toBeCloseTo(2, 12);
  });

  it('assess() adds anchorWeight x the mean |ln(model/target)| of the anchors', () => {
    const off = { ...atTargets, [TARGETS[0].name]: TARGETS[0].value * Math.E };
    const a = assess([moments(30, 32, 35, off)], setup);
    expect(a.fitMae).toBe(0);
    expect(a.anchors[0].logError).toBeCloseTo(1, 12);
    expect(a.anchorError).toBeCloseTo(1 / TARGETS.length, 12);
    expect(a.objective).toBeCloseTo(2 / TARGETS.length, 12);
  });
});

describe('logError(model, target)', () => {
  it('logError() is |ln(model/target)|, capped, and the cap for a model value that is 0, negative or NaN', () => {
    expect(logError(20, 10)).toBeCloseTo(Math.log(2), 12);
    expect(logError(5, 10)).toBeCloseTo(Math.log(2), 12);
    expect(logError(1e9, 1)).toBe(LOG_ERROR_CAP);
    expect([logError(0, 1), logError(-1, 1), logError(NaN, 1)]).toEqual([LOG_ERROR_CAP, LOG_ERROR_CAP, LOG_ERROR_CAP]);
  });
});
