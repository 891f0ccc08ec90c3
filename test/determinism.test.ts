/**
 * Tests of DESIGN §4 through sim/run.ts: the same scenario and seed give bit-identical recordings,
 * different seeds differ, and a counterfactual that adds events in month t forks from the
 * baseline's exact past (identical before t, different from t on).
 */
import { describe, expect, it } from 'vitest';
import { monthIndex } from '../sim/dates.js';
import type { Recording } from '../sim/recording.js';
import { runScenario } from '../sim/run.js';
import { runSeed } from '../sim/rng.js';
import type { ScenarioEvent } from '../sim/scenario/types.js';
import { smallScenario } from './support/small-scenario.js';

const bytes = (values: Float64Array) => Buffer.from(values.buffer, values.byteOffset, values.byteLength);

/** Bit-for-bit equality of two recordings of the same scenario (series, contracts, events). */
function expectIdentical(a: Recording, b: Recording): void {
  expect(b.key).toEqual(a.key);
  expect(b.dates).toEqual(a.dates);
  expect(b.series.map((s) => `${s.entity}/${s.metric}`)).toEqual(a.series.map((s) => `${s.entity}/${s.metric}`));
  a.series.forEach((s, i) => expect(bytes(b.series[i].values).equals(bytes(s.values)), `${s.entity}/${s.metric}`).toBe(true));
  expect(b.contracts).toStrictEqual(a.contracts);
  expect(b.events).toStrictEqual(a.events);
}

/** Months at which some series of `a` and `b` differ (bit-wise). */
function monthsThatDiffer(a: Recording, b: Recording): number[] {
  const months = new Set<number>();
  a.series.forEach((s, i) => {
    const other = b.series[i].values;
    s.values.forEach((v, t) => { if (!Object.is(v, other[t])) months.add(t); });
  });
  return [...months].sort((x, y) => x - y);
}

describe('runScenario(scenario, options)', () => {
  it('runScenario() twice with the same seed gives identical recordings', () => {
    const scenario = smallScenario({ seed: 11 });
    expectIdentical(runScenario(scenario, { run: 0 }), runScenario(scenario, { run: 0 }));
    expectIdentical(runScenario(scenario, { run: 3 }), runScenario(scenario, { run: 3, seed: runSeed(11, 3) }));
  });

  it('runScenario() with check: true records exactly what an unchecked run records', () => {
    const scenario = smallScenario({ seed: 12 });
    expectIdentical(runScenario(scenario, { run: 0 }), runScenario(scenario, { run: 0, check: true }));
  });

  it('runScenario() with different seeds gives different recordings', () => {
    const scenario = smallScenario();
    const a = runScenario(scenario, { run: 0, seed: 1 });
    const b = runScenario(scenario, { run: 0, seed: 2 });
    const differ = monthsThatDiffer(a, b);
    expect(differ[0]).toBe(0);
    expect(differ.length).toBeGreaterThan(a.dates.length / 2);
    const c = runScenario(scenario, { run: 1 });
    expect(monthsThatDiffer(runScenario(scenario, { run: 0 }), c).length).toBeGreaterThan(0);
  });

  it('runScenario(counterfactual) adding a 2018-01 public defection and deal forks from the baseline\'s exact past', () => {
    const date = '2018-01';
    const baseline = runScenario(smallScenario(), { run: 0, check: true });
    const t = monthIndex(baseline.dates[0], date);
    const primary = baseline.series.find((s) => s.entity === 'openai' && s.metric === 'primary_cloud')!.values[t - 1];
    const ids = ['aws', 'azure', 'gcp'];
    const from = primary >= 0 ? ids[primary] : 'aws';
    const to = ids.find((id) => id !== from && id !== 'gcp')!;
    const events: ScenarioEvent[] = [
      { kind: 'defect', date, lab: 'openai', cloud: from, public: true },
      { kind: 'deal', date, cloud: to, lab: 'openai', compute: 5, months: 36, price: null, investment: 1, exclusivity: 'full', exitPenalty: null, public: true },
    ];
    const counterfactual = runScenario(smallScenario({}, events), { run: 0, check: true });
    const differ = monthsThatDiffer(baseline, counterfactual);
    expect(differ[0]).toBe(t);
    for (let month = t; month < baseline.dates.length; month++) expect(differ, `month ${month}`).toContain(month);
    expect(counterfactual.events.filter((e) => e.date < date)).toStrictEqual(baseline.events.filter((e) => e.date < date));
    const started = (r: Recording) => r.contracts.filter((c) => c.start < date).map(({ status, end, endReason, ...terms }) => terms);
    expect(started(counterfactual)).toStrictEqual(started(baseline));
  });
});
