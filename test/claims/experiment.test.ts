/** sim/experiments/experiment.ts and metrics.ts: the paired-experiment runner and its metrics. */
import { describe, expect, it } from 'vitest';
import { armScenario, effectHolds, runArms, runContrast, truncateScenario, withEvents, type ScenarioSource } from '../../sim/experiments/experiment.js';
import { cloudIds, contractPriceOverList, exclusiveTraffic, hostShare, labIds, metricDifference, seriesMean, seriesSum } from '../../sim/experiments/metrics.js';
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

describe('truncateScenario(scenario, end): boundaries', () => {
  const scenario = source('small', []); // 2016-01..2017-12, announcements in 2016-06 and 2017-06
  it('truncateScenario() returns the scenario itself when it already ends by `end`', () => {
    expect(truncateScenario(scenario, '2017-12')).toBe(scenario);
    expect(truncateScenario(scenario, '2030-12')).toBe(scenario);
  });
  it('truncateScenario() keeps an event dated `end` (inclusive) and allows a one-month run ending at the start', () => {
    expect(truncateScenario(scenario, '2016-06').events.map((e) => e.date)).toEqual(['2016-06']);
    expect(truncateScenario(scenario, '2016-01')).toMatchObject({ start: '2016-01', end: '2016-01', events: [] });
  });
  it('truncateScenario() before the start says which end and which start', () => {
    expect(() => truncateScenario(scenario, '2015-12')).toThrow(new RangeError('end 2015-12 is before the start 2016-01'));
  });
});

describe('withEvents(scenario, events): order', () => {
  it('withEvents() sorts later, earlier and same-month events by date, the scenario\'s own first, then as given', () => {
    const tagged = (date: string, delta: number) => announce(date, delta);
    const base = { ...source('small', []), events: [tagged('2016-06', 1), tagged('2017-06', 2)] };
    const added = withEvents(base, [tagged('2017-06', 3), tagged('2016-06', 4), tagged('2016-01', 5), tagged('2016-06', 6), tagged('2017-01', 7)]);
    expect(added.events.map((e) => (e as { delta: number }).delta)).toEqual([5, 1, 4, 6, 7, 2, 3]);
  });
});

describe('armScenario(arm, size, source)', () => {
  it('armScenario() passes the arm\'s overrides then the population size to the source, adds its events and cuts the span', () => {
    const calls: (readonly string[])[] = [];
    const spy: ScenarioSource = (name, sets) => { calls.push(sets); return source(name, sets); };
    const scenario = armScenario({ scenario: 'small', sets: ['lambda=0.2'], events: [announce('2016-03', 0.4)] }, { runs: 1, agents: 300, end: '2016-12' }, spy);
    expect(calls).toEqual([['lambda=0.2', 'population.agents=300']]);
    expect(scenario.params.lambda).toBe(0.2);
    expect(scenario.end).toBe('2016-12');
    expect(scenario.events.map((e) => e.date)).toEqual(['2016-03', '2016-06']);
    expect(armScenario({ scenario: 'small' }, { runs: 1, agents: 300 }, spy).end).toBe('2017-12');
    expect(calls[1]).toEqual(['population.agents=300']);
  });
});

describe('runContrast(): the contrast is sum(weights[a] * value[a]) run by run', () => {
  it('runContrast() with weights [1, -1, -1, 1] is the difference in differences of the arms\' values', () => {
    const metric = seriesMean('azure', 'narrative_share', '2017-12');
    const arms = [0.05, 0.5, 0.1, 0.3].map((lambda) => ({ scenario: 'small', sets: [`lambda=${lambda}`] }));
    const result = runContrast(arms, [1, -1, -1, 1], metric, size, source);
    const v = result.values;
    const contrasts = v[0].map((_, r) => v[0][r] - v[1][r] - v[2][r] + v[3][r]);
    expect(result.effect.n).toBe(3);
    expect(result.effect.mean).toBeCloseTo(contrasts.reduce((a, b) => a + b, 0) / 3, 14);
    expect(result.effect.mean).not.toBeCloseTo(0, 6);
  });
});

describe('effectHolds(effect, sign)', () => {
  it.each([
    [{ mean: 0.3, se: 0.1 }, 1, true], [{ mean: 0.3, se: 0.1 }, -1, false],
    [{ mean: -0.3, se: 0.1 }, -1, true], [{ mean: -0.3, se: 0.1 }, 1, false],
    [{ mean: 0.2, se: 0.1 }, 1, false], // exactly 2 SE is not more than 2 SE
    [{ mean: 0.21, se: 0.1 }, 1, true], [{ mean: 0, se: 0 }, 1, false],
  ] as const)('effectHolds(%o, %s) is %s: right sign and |mean| > 2 SE', (effect, sign, holds) => {
    expect(effectHolds({ n: 10, ciLow: NaN, ciHigh: NaN, signShare: NaN, ...effect }, sign)).toBe(holds);
  });
});

describe('metrics: spans, boundaries and lookups', () => {
  const months = ['2020-01', '2020-02', '2020-03', '2020-04'];
  const series = (entity: string, metric: string, values: number[]) => ({ entity, metric, values: Float64Array.from(values) });
  const r: Recording = {
    ...recording, dates: months,
    series: [
      series('aws', 'narrative_share', [0.1, 0.2, 0.3, 0.4]),
      series('aws', 'price', [1, 1, 1, 1]),
      series('gcp', 'price', [2, 2, 2, 2]),
      series('gcp', 'narrative_share', [0.9, 0.8, 0.7, 0.6]),
      series('openai', 'traffic_share', [0.1, 0.2, 0.3, 0.4]),
      series('openai', 'exclusivity', [0, 1, 2, 2]),
      series('openai', 'primary_cloud', [1, 1, 0, 1]),
      series('meta', 'traffic_share', [0.5, 0.5, 0.5, 0.5]),
      series('meta', 'exclusivity', [3, 3, 3, 3]),
    ],
    contracts: [
      { ...recording.contracts[0], id: 1, cloud: 'aws', lab: 'openai', start: '2020-02', compute: 2, price: 0.5 },
      { ...recording.contracts[0], id: 2, cloud: 'gcp', lab: 'openai', start: '2020-03', compute: 1, price: 1 },
      { ...recording.contracts[0], id: 3, cloud: 'gcp', lab: 'openai', start: '2020-03', compute: 5, price: 9, origin: 'event' },
      { ...recording.contracts[0], id: 4, cloud: 'gcp', lab: 'meta', start: '2020-03', compute: 5, price: 9 },
    ],
  };

  it('labIds() and cloudIds() are the entities with a traffic_share and a narrative_share series, in recording order', () => {
    expect(labIds(r)).toEqual(['openai', 'meta']);
    expect(cloudIds(r)).toEqual(['aws', 'gcp']);
  });
  it('seriesSum() and seriesMean() over a span that does not start at the first month', () => {
    expect(seriesSum('aws', 'narrative_share', '2020-02', '2020-04')(r)).toBeCloseTo(0.9, 12);
    expect(seriesMean('aws', 'narrative_share', '2020-03', '2020-04')(r)).toBeCloseTo(0.35, 12);
  });
  it('exclusiveTraffic() counts a scope equal to minScope and the last month of the span', () => {
    expect(exclusiveTraffic(2, '2020-02', '2020-04', ['meta'])(r)).toBeCloseTo((0.3 + 0.4) / 3, 12);
    expect(exclusiveTraffic(1, '2020-02', '2020-04', ['meta'])(r)).toBeCloseTo((0.2 + 0.3 + 0.4) / 3, 12);
    expect(exclusiveTraffic(3, '2020-03', '2020-04')(r)).toBeCloseTo(0.5, 12);
  });
  it('hostShare() reads the host by its position among the clouds, over the span', () => {
    expect(hostShare('openai', 'gcp', '2020-02', '2020-04')(r)).toBeCloseTo(2 / 3, 12);
    expect(hostShare('openai', 'aws', '2020-02', '2020-04')(r)).toBeCloseTo(1 / 3, 12);
  });
  it('contractPriceOverList(null, lab) weighs the lab\'s market contracts with any cloud by compute, each against its cloud\'s list price', () => {
    expect(contractPriceOverList(null, 'openai')(r)).toBeCloseTo((2 * 0.5 / 1 + 1 * 1 / 2) / 3, 12);
    expect(contractPriceOverList('gcp', 'openai')(r)).toBeCloseTo(0.5, 12);
    expect(contractPriceOverList('aws', 'meta')(r)).toBeNaN();
  });
  it('dateIndex() outside the run names the date, the scenario and the run\'s months', () => {
    expect(() => seriesMean('aws', 'narrative_share', '2021-01')(r)).toThrow(new RangeError('2021-01 is outside x (2020-01..2020-04)'));
    expect(() => seriesMean('aws', 'capacity', '2020-01')(r)).toThrow(new RangeError('no series aws.capacity in x'));
  });
});
