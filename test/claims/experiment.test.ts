/** sim/experiments/experiment.ts and metrics.ts: the paired-experiment runner and its metrics. */
import { describe, expect, it } from 'vitest';
import { effectHolds, runArms, runContrast, truncateScenario, withEvents, type ScenarioSource } from '../../sim/experiments/experiment.js';
import { contractPriceOverList, exclusiveTraffic, hostShare, metricDifference, seriesMean, seriesSum } from '../../sim/experiments/metrics.js';
import { decimalsFor, effectText } from '../../sim/experiments/format.js';
import type { Recording } from '../../sim/recording.js';
import type { ScenarioEvent } from '../../sim/scenario/types.js';
import { smallScenario } from '../support/small-scenario.js';

const announce = (date: string, delta: number): ScenarioEvent => ({ kind: 'announce', date, cloud: 'azure', delta });
/** The small scenario; `sets` of the form `lambda=x` set params.lambda (enough for these tests). */
const source: ScenarioSource = (_, sets) => {
  const scenario = smallScenario({ end: '2017-12' }, [announce('2016-06', 0.1), announce('2017-06', 0.1)]);
  for (const set of sets) if (set.startsWith('lambda=')) scenario.params = { ...scenario.params, lambda: Number(set.slice(7)) };
  return scenario;
};
const size = { runs: 3, agents: 300 };

describe('truncateScenario(scenario, end) and withEvents(scenario, events)', () => {
  it('truncateScenario() ends the run early and drops the events after the end', () => {
    const short = truncateScenario(source('small', []), '2016-12');
    expect(short.end).toBe('2016-12');
    expect(short.events.map((e) => e.date)).toEqual(['2016-06']);
    expect(() => truncateScenario(source('small', []), '2015-12')).toThrow(RangeError);
  });
  it('withEvents() adds events in date order, the scenario\'s own first within a month', () => {
    const added = withEvents(source('small', []), [announce('2016-06', 0.3), announce('2016-01', 0.2)]);
    expect(added.events.map((e) => [e.date, (e as { delta: number }).delta])).toEqual([
      ['2016-01', 0.2], ['2016-06', 0.1], ['2016-06', 0.3], ['2017-06', 0.1],
    ]);
  });
});

describe('runArms(arms, size, source) and runContrast(arms, weights, metric, size, source)', () => {
  it('runArms() gives run i of every arm the same seed', () => {
    const [a, b] = runArms([{ scenario: 'small' }, { scenario: 'small', sets: ['lambda=0.2'] }], size, source);
    expect(a.map((r) => r.key.seed)).toEqual(b.map((r) => r.key.seed));
    expect(new Set(a.map((r) => r.key.seed)).size).toBe(3);
    expect(a[0].dates.at(-1)).toBe('2017-12');
  });
  it('runContrast() of two identical arms is exactly zero: common random numbers cancel the noise', () => {
    const result = runContrast([{ scenario: 'small' }, { scenario: 'small' }], [-1, 1], seriesMean('aws', 'dev_share', '2017-12'), size, source);
    expect(result.effect.mean).toBe(0);
    expect(result.effect.se).toBe(0);
    expect(effectHolds(result.effect, 1)).toBe(false);
  });
  it('runContrast() measures a real effect: faster narrative adjustment after Azure\'s announcements', () => {
    const metric = seriesMean('azure', 'narrative_share', '2017-12');
    const result = runContrast([{ scenario: 'small', sets: ['lambda=0.05'] }, { scenario: 'small', sets: ['lambda=0.5'] }], [-1, 1], metric, size, source);
    expect(result.values[1].every((v, i) => v !== result.values[0][i])).toBe(true);
    expect(result.effect.n).toBe(3);
    expect(() => runContrast([{ scenario: 'small' }], [1, -1], metric, size, source)).toThrow(RangeError);
  });
});

const recording: Recording = {
  key: { scenario: 'x', run: 0, seed: 1 },
  dates: ['2020-01', '2020-02', '2020-03'],
  series: [
    { entity: 'aws', metric: 'narrative_share', values: Float64Array.from([0.1, 0.2, 0.6]) },
    { entity: 'aws', metric: 'price', values: Float64Array.from([2, 2, 4]) },
    { entity: 'azure', metric: 'narrative_share', values: Float64Array.from([0.9, 0.8, 0.4]) },
    { entity: 'openai', metric: 'traffic_share', values: Float64Array.from([0.5, 0.6, NaN]) },
    { entity: 'openai', metric: 'exclusivity', values: Float64Array.from([3, 1, 3]) },
    { entity: 'openai', metric: 'primary_cloud', values: Float64Array.from([1, 0, 0]) },
  ],
  contracts: [
    { id: 1, cloud: 'aws', lab: 'openai', start: '2020-01', end: null, months: 12, compute: 1, price: 1, investment: 0, exclusivity: 'none', exitPenalty: 0, public: false, origin: 'market', status: 'active', endReason: '' },
    { id: 2, cloud: 'aws', lab: 'openai', start: '2020-03', end: null, months: 12, compute: 3, price: 4, investment: 0, exclusivity: 'none', exitPenalty: 0, public: false, origin: 'market', status: 'active', endReason: '' },
  ],
  events: [],
};

describe('metrics', () => {
  it('seriesMean(), seriesSum() and metricDifference() read months by date', () => {
    expect(seriesMean('aws', 'narrative_share', '2020-01', '2020-03')(recording)).toBeCloseTo(0.3, 12);
    expect(seriesSum('aws', 'narrative_share', '2020-02', '2020-03')(recording)).toBeCloseTo(0.8, 12);
    expect(metricDifference(seriesMean('azure', 'narrative_share', '2020-03'), seriesMean('aws', 'narrative_share', '2020-03'))(recording)).toBeCloseTo(-0.2, 12);
    expect(() => seriesMean('aws', 'narrative_share', '2021-01')(recording)).toThrow(/outside/);
    expect(() => seriesMean('gcp', 'narrative_share', '2020-01')(recording)).toThrow(/no series/);
  });
  it('exclusiveTraffic(), hostShare() and contractPriceOverList() read scopes, hosts and contracts', () => {
    expect(exclusiveTraffic(2, '2020-01', '2020-03')(recording)).toBeCloseTo(0.5 / 3, 12);
    expect(exclusiveTraffic(2, '2020-01', '2020-03', ['openai'])(recording)).toBe(0);
    expect(hostShare('openai', 'aws', '2020-01', '2020-03')(recording)).toBeCloseTo(2 / 3, 12);
    expect(contractPriceOverList('aws', 'openai')(recording)).toBeCloseTo((1 * 0.5 + 3 * 1) / 4, 12);
    expect(contractPriceOverList('azure', 'openai')(recording)).toBeNaN();
  });
  it('effectText() rounds the mean to two significant digits of 2 SE', () => {
    expect(effectText({ mean: 0.02178, se: 0.0042 })).toBe('+0.0218 ± 0.0084');
    expect(effectText({ mean: -83.4, se: 5.1 })).toBe('-83 ± 10');
    expect(decimalsFor(NaN)).toBe(3);
  });
});

describe('runContrast(arms, weights, ...) guard', () => {
  it('runContrast() needs one weight per arm', () => {
    const arm = { scenario: 'baseline' };
    expect(() => runContrast([arm, arm], [1], () => 0, { runs: 1, agents: 10 }, () => { throw new Error('not run'); }))
      .toThrow(new RangeError('2 arms but 1 weights'));
  });
});
