/**
 * What one calibration run measures: the simulated Q4 share of every reported provider and year
 * (sim/backtest/simulated.ts), the scale anchors (sim/anchors.ts) and the 2023–24 GPU shortage
 * (the share of the global GPU supply the clouds took up in those years: ~1 when it binds).
 * Plain numbers, so a worker thread can send them back.
 */
import { ANCHORS } from '../anchors.js';
import { PROVIDERS } from '../backtest/reported.js';
import { simulatedShare } from '../backtest/simulated.js';
import type { Recording } from '../recording.js';
import { pow } from '../math.js';
import type { Scenario } from '../scenario/types.js';

export interface RunMoments {
  /** `${provider}/${year}` -> simulated Q4 share, percent. */
  shares: Record<string, number>;
  /** Anchor name -> the model's value (ANCHORS, then the shortage moment). */
  anchors: Record<string, number>;
}

/** Name of the GPU-shortage moment. */
export const SHORTAGE = 'GPU supply taken up 2023-24 (the H100 shortage binds)';

/** A moment the calibration fits besides the shares: target, unit, source. */
export interface Target { name: string; value: number; unit: string; source: string }

/** Every anchor moment: sim/anchors.ts, then the shortage (target 1: all the supply is taken). */
export const TARGETS: readonly Target[] = [
  ...ANCHORS.map(({ name, value, unit, source }) => ({ name, value, unit, source })),
  { name: SHORTAGE, value: 1, unit: 'share of supply', source: 'anchors.csv / test/economics/supply.test.ts: supply binds 2023-24' },
];

/**
 * Capacity all clouds added over `years`, as a share of the global GPU supply of those months
 * (params.gpuSupply growing at gpuSupplyGrowth a year; supply shocks are not counted).
 */
export function supplyTakeUp(recording: Recording, scenario: Scenario, years: readonly string[]): number {
  const capacities = recording.series.filter((s) => s.metric === 'capacity' && scenario.clouds.some((c) => c.id === s.entity)).map((s) => s.values);
  let added = 0;
  let supply = 0;
  recording.dates.forEach((date, t) => {
    if (t === 0 || !years.some((y) => date.startsWith(y))) return;
    for (const c of capacities) if (!Number.isNaN(c[t - 1]) && !Number.isNaN(c[t])) added += c[t] - c[t - 1];
    supply += scenario.params.gpuSupply * pow(1 + scenario.params.gpuSupplyGrowth, t / 12);
  });
  return supply > 0 ? added / supply : NaN;
}

/**
 * The moments of one run for the reported `years`.
 * @example runMoments(recording, scenario, [2018, 2019]).shares['Azure/2018']
 */
export function runMoments(recording: Recording, scenario: Scenario, years: readonly number[]): RunMoments {
  const shares: Record<string, number> = {};
  for (const year of years) for (const provider of PROVIDERS) shares[`${provider}/${year}`] = simulatedShare(recording, provider, year);
  const anchors: Record<string, number> = {};
  for (const anchor of ANCHORS) anchors[anchor.name] = anchor.measure(recording);
  anchors[SHORTAGE] = supplyTakeUp(recording, scenario, ['2023', '2024']);
  return { shares, anchors };
}

/** The latest month an anchor of sim/anchors.ts reads (test/calibration/moments.test.ts checks it). */
export const LAST_ANCHOR_MONTH = '2026-03';

/**
 * `scenario` cut to end at the later of December of `lastYear` and the last anchor month (never
 * later than it ended): a calibration run needs no more. Months before the cut are unchanged (a
 * month's draws come from its own streams), so only time is saved.
 * @example calibrationHorizon(baseline, 2025).end // '2026-03'
 */
export function calibrationHorizon(scenario: Scenario, lastYear: number): Scenario {
  const wanted = `${lastYear}-12` > LAST_ANCHOR_MONTH ? `${lastYear}-12` : LAST_ANCHOR_MONTH;
  const end = wanted < scenario.end ? wanted : scenario.end;
  return { ...scenario, end, events: scenario.events.filter((e) => e.date <= end) };
}
