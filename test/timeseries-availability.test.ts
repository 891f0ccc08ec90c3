/**
 * Two pure building blocks pinned exactly: sim/timeseries-mode.ts (the `--timeseries` forms and
 * how each thins a recording) and sim/availability.ts (where each lab's models can be used, and
 * the traffic-weighted availability of frontier models per cloud).
 */
import { describe, expect, it } from 'vitest';
import { availability } from '../sim/availability.js';
import { signContract } from '../sim/contracts.js';
import { initWorld } from '../sim/init.js';
import type { Recording } from '../sim/recording.js';
import { parseTimeseriesMode, thinRecording, TIMESERIES_FORMS, timeseriesModeText, yearlyMonths } from '../sim/timeseries-mode.js';
import type { Scope, World } from '../sim/world.js';
import { smallScenario } from './support/small-scenario.js';

describe('timeseries modes', () => {
  it('parseTimeseriesMode() reads full, yearly, none and monthly-metrics=a,b; anything else is null', () => {
    expect(parseTimeseriesMode('full')).toEqual({ kind: 'full' });
    expect(parseTimeseriesMode('yearly')).toEqual({ kind: 'yearly' });
    expect(parseTimeseriesMode('none')).toEqual({ kind: 'none' });
    expect(parseTimeseriesMode('monthly-metrics=narrative_share, price')).toEqual({ kind: 'metrics', metrics: ['narrative_share', 'price'] });
    for (const bad of ['', 'Full', 'monthly', 'monthly-metrics=', 'monthly-metrics=a,B', 'monthly-metrics=a,,b', 'xmonthly-metrics=a', 'monthly-metrics=a;b']) {
      expect(parseTimeseriesMode(bad), bad).toBeNull();
    }
    expect(TIMESERIES_FORMS).toBe('full, yearly, none or monthly-metrics=<metric,metric,...>');
  });

  it('timeseriesModeText() is what parseTimeseriesMode() reads back', () => {
    for (const text of ['full', 'yearly', 'none', 'monthly-metrics=a,b_c']) {
      expect(timeseriesModeText(parseTimeseriesMode(text)!)).toBe(text);
    }
  });

  it('yearlyMonths() keeps every December and the last month', () => {
    expect(yearlyMonths(['2016-11', '2016-12', '2017-01', '2017-12', '2018-01', '2018-02'])).toEqual([1, 3, 5]);
    expect(yearlyMonths(['2016-12'])).toEqual([0]);
    expect(yearlyMonths([])).toEqual([]);
  });

  const recording = (): Recording => ({
    key: { scenario: 's', run: 0, seed: 1 },
    dates: ['2016-11', '2016-12', '2017-01', '2017-02'],
    series: [
      { entity: 'aws', metric: 'price', values: Float64Array.from([1, 2, 3, 4]) },
      { entity: 'aws', metric: 'narrative_share', values: Float64Array.from([5, 6, 7, 8]) },
    ],
    contracts: [],
    events: [{ date: '2016-11', kind: 'announce', origin: 'scenario', cloud: 'aws', lab: '', value: null, detail: '' }],
  });

  it('thinRecording() keeps everything (full), nothing (none), listed metrics, or Decembers and the last month (yearly)', () => {
    const r = recording();
    expect(thinRecording(r, { kind: 'full' })).toBe(r);
    expect(thinRecording(r, { kind: 'none' })).toEqual({ ...r, dates: [], series: [] });
    const metrics = thinRecording(r, { kind: 'metrics', metrics: ['price'] });
    expect(metrics.series.map((s) => s.metric)).toEqual(['price']);
    expect(metrics.dates).toEqual(r.dates);
    const yearly = thinRecording(r, { kind: 'yearly' });
    expect(yearly.dates).toEqual(['2016-12', '2017-02']);
    expect(yearly.series.map((s) => [...s.values])).toEqual([[2, 4], [6, 8]]);
    expect(yearly.events).toBe(r.events);
    expect([...r.series[0].values]).toEqual([1, 2, 3, 4]);
  });

  it('thinRecording() names an unknown metric and the known ones', () => {
    expect(() => thinRecording(recording(), { kind: 'metrics', metrics: ['price', 'nope'] }))
      .toThrow(new RangeError("--timeseries: unknown metric 'nope' (known: price, narrative_share)"));
  });
});

describe('availability(world)', () => {
  const [AWS, AZURE, GCP] = [0, 1, 2];
  const [OPENAI, DEEPMIND, ANTHROPIC] = [0, 1, 2];

  function world(): World {
    const w = initWorld(smallScenario(), 7, 0);
    w.params.availabilityFloor = 0.2;
    return w;
  }
  const sign = (w: World, cloud: number, lab: number, exclusivity: Scope) => signContract(w, {
    cloud, lab, months: 12, compute: 1, price: 0, investment: 0, upfront: false, exclusivity, exitPenalty: 0,
    public: true, origin: 'market', internal: false, labValue: 0,
  });
  const row = (a: Float64Array, lab: number) => [...a.slice(lab * 3, lab * 3 + 3)];

  it('availability() is 1 where the lab has an active contract or an owner, the floor elsewhere', () => {
    const w = world();
    sign(w, AWS, OPENAI, 0);
    sign(w, AZURE, OPENAI, 1);
    sign(w, GCP, OPENAI, 0).status = 'expired';
    const a = availability(w);
    expect(row(a.lab, OPENAI)).toEqual([1, 1, 0.2]);
    expect(row(a.lab, DEEPMIND)).toEqual([0.2, 0.2, 1]);
    expect(row(a.lab, ANTHROPIC)).toEqual([0.2, 0.2, 0.2]);
  });

  it('availability() under an inference or full exclusivity is the floor everywhere but the host and the owner', () => {
    const w = world();
    sign(w, AWS, OPENAI, 0);
    sign(w, AZURE, OPENAI, 2);
    sign(w, AWS, DEEPMIND, 3);
    const a = availability(w);
    expect(row(a.lab, OPENAI)).toEqual([0.2, 1, 0.2]);
    expect(row(a.lab, DEEPMIND)).toEqual([1, 0.2, 1]);
  });

  it('availability() of frontier models is the traffic-weighted mean over active labs, the floor without traffic', () => {
    const w = world();
    w.labs[OPENAI].trafficShare = 0.75;
    w.labs[DEEPMIND].trafficShare = 0.25;
    w.labs[ANTHROPIC].trafficShare = 5;
    sign(w, AWS, OPENAI, 0);
    const a = availability(w);
    expect([...a.frontier]).toEqual([0.75 + 0.25 * 0.2, 0.2, expect.closeTo(0.75 * 0.2 + 0.25, 12)]);
    w.labs[OPENAI].trafficShare = 0;
    w.labs[DEEPMIND].trafficShare = 0;
    expect([...availability(w).frontier]).toEqual([0.2, 0.2, 0.2]);
  });
});
