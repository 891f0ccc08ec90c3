/**
 * Tests of sim/calibration/moments.ts: cutting a run at the calibration horizon changes none of
 * the moments it measures (the months before the cut are the same), every anchor can be read at
 * the horizon, and the GPU-shortage moment is the supply take-up the economics tests check.
 * Deterministic at fixed seeds.
 */
import { describe, expect, it } from 'vitest';
import { calibrationHorizon, LAST_ANCHOR_MONTH, runMoments, SHORTAGE, supplyTakeUp, TARGETS } from '../../sim/calibration/moments.js';
import { loadScenarioFile } from '../../sim/node/scenario-file.js';
import { runScenario } from '../../sim/run.js';

const baseline = loadScenarioFile(new URL('../../scenarios/baseline.yaml', import.meta.url).pathname, ['population.agents=800']);
const years = [2018, 2020, 2025];

describe('calibrationHorizon(scenario, lastYear)', () => {
  const cut = calibrationHorizon(baseline, 2025);
  it('calibrationHorizon(baseline, 2025) ends at the later of 2025-12 and the last anchor month, with no later events', () => {
    expect(cut.end).toBe(LAST_ANCHOR_MONTH > '2025-12' ? LAST_ANCHOR_MONTH : '2025-12');
    expect(cut.events.every((e) => e.date <= cut.end)).toBe(true);
    expect(calibrationHorizon(cut, 2040).end).toBe(cut.end); // never later than the scenario
  });
  it('runMoments() of a run cut at the horizon equal those of the whole run', () => {
    const whole = runScenario(baseline, { run: 1 });
    const part = runScenario(cut, { run: 1 });
    expect(runMoments(part, cut, years)).toEqual(runMoments(whole, baseline, years));
  });
  it('runMoments() reads every anchor and share as a finite number at the horizon', () => {
    const m = runMoments(runScenario(cut, { run: 0 }), cut, years);
    expect(Object.keys(m.anchors)).toEqual(TARGETS.map((t) => t.name));
    expect(Object.keys(m.shares)).toEqual(years.flatMap((y) => ['AWS', 'Azure', 'Google Cloud', 'Others'].map((p) => `${p}/${y}`)));
    for (const [name, value] of Object.entries(m.anchors)) expect(Number.isFinite(value), name).toBe(true);
    for (const [cell, value] of Object.entries(m.shares)) expect(Number.isFinite(value), cell).toBe(true);
    expect(m.anchors[SHORTAGE]).toBeGreaterThan(0.9); // the supply binds in 2023-24 (test/economics/supply.test.ts)
  });
});

describe('supplyTakeUp(recording, scenario, years)', () => {
  it('supplyTakeUp() is below 0.85 in 2019-21, when GPUs were not short', () => {
    const r = runScenario(calibrationHorizon(baseline, 2025), { run: 0 });
    expect(supplyTakeUp(r, baseline, ['2019', '2020', '2021'])).toBeLessThan(0.85);
  });
});
