/**
 * flagshipRows (sim/experiments/decomposition.ts) on hand-built recordings of the three worlds
 * (3 runs each, 2018-01..2023-03), so every number of a row is known: annual means of shares and
 * sums of revenue over the year's months (the last year cut at the run's end), paired effects
 * across worlds, OpenAI's host and scope in each year's last month counted over runs (most
 * frequent first, then by name), and the deals signed from the fork on, per run.
 */
import { describe, expect, it } from 'vitest';
import { monthRange } from '../../sim/dates.js';
import { COMPARISONS, FLAGSHIP_WORLDS, FORK, flagshipRows } from '../../sim/experiments/decomposition.js';
import type { ContractRecord, Recording } from '../../sim/recording.js';

const dates = monthRange('2018-01', '2023-03');
/** A series worth `before` in 2018 and `value` from 2019 on. */
const series = (entity: string, metric: string, value: number, before = 100) =>
  ({ entity, metric, values: Float64Array.from(dates, (d) => (d < '2019' ? before : value)) });
/** OpenAI's host index and scope level in 2019-12 and in 2023-03 (the last month). */
const host = (h2019: number, s2019: number, h2023: number, s2023: number) => [
  { entity: 'openai', metric: 'primary_cloud', values: Float64Array.from(dates, (d) => (d < '2020' ? h2019 : h2023)) },
  { entity: 'openai', metric: 'exclusivity', values: Float64Array.from(dates, (d) => (d < '2020' ? s2019 : s2023)) },
];
const deal = (start: string, compute: number, investment: number): ContractRecord => ({
  id: 1, cloud: 'aws', lab: 'openai', start, end: null, months: 12, compute, price: 1, investment, exclusivity: 'full',
  exitPenalty: 0, public: true, origin: 'market', status: 'active', endReason: '',
});

/** World w, run r: Azure's narrative and revenue, OpenAI's funding, its host, its deals. */
function recording(w: number, r: number): Recording {
  const narrative = [[0.5, 0.5, 0.5], [0.4, 0.4, 0.4], [0.3, 0.1, 0.2]][w][r];
  const hosts = [
    [host(1, 3, 1, 3), host(1, 3, 1, 3), host(1, 3, 1, 3)],
    [host(-1, 0, 0, 0), host(NaN, NaN, 0, 0), host(0, 3, 0, 0)],
    [host(0, 3, 0, 3), host(1, 1, 0, 3), host(1, 1, 0, 3)],
  ][w][r];
  const contracts = w === 2 ? [[deal('2018-03', 2, 1), { ...deal('2019-06', 1, 0), cloud: 'azure' }], [deal('2018-02', 50, 50), deal('2019-01', 4, 3)], []][r] : [];
  return {
    key: { scenario: FLAGSHIP_WORLDS[w], run: r, seed: r + 1 },
    dates,
    series: [
      series('aws', 'narrative_share', 0.2), series('aws', 'ai_revenue', 0),
      series('azure', 'narrative_share', narrative), series('azure', 'ai_revenue', w + 1),
      series('openai', 'traffic_share', 0.1), series('openai', 'capability', 1), series('openai', 'funding', [5, 6, 8][w]),
      ...hosts,
    ],
    contracts,
    events: [],
  };
}

const rows = () => flagshipRows([0, 1, 2].map((w) => [0, 1, 2].map((r) => recording(w, r))));
const pick = (section: string, comparison: string, entity: string, metric: string, period: string) =>
  rows().filter((row) => row.section === section && row.comparison === comparison && row.entity === entity && row.metric === metric && row.period === period);

describe('flagshipRows(worlds) on hand-built worlds', () => {
  it('effects: one row per comparison, cloud, metric and effect year inside the run (2019, 2023), clouds then labs', () => {
    const effects = rows().filter((row) => row.section === 'cloud' || row.section === 'lab');
    expect(COMPARISONS.map(([id]) => id)).toEqual(['quiet', 'huff', 'total']);
    expect(effects.length).toBe(3 * (2 * 2 + 1 * 3) * 2);
    expect(effects.slice(0, 4).map((row) => [row.section, row.comparison, row.metric, row.entity, row.period])).toEqual([
      ['cloud', 'quiet', 'narrative_share', 'aws', '2019'], ['cloud', 'quiet', 'narrative_share', 'aws', '2023'],
      ['cloud', 'quiet', 'narrative_share', 'azure', '2019'], ['cloud', 'quiet', 'narrative_share', 'azure', '2023'],
    ]);
    expect(rows().at(-1)).toMatchObject({ section: 'lab', comparison: 'total', entity: 'openai', metric: 'funding', period: '2023', label: '' });
  });

  it('every row is an effect (42), a host state (24) or a deal (6): nothing else', () => {
    const all = rows();
    expect(all.length).toBe(42 + 24 + 6);
    expect(all.filter((row) => row.section === 'host').length).toBe(24);
  });

  it('a share is the mean over the year\'s months, averaged over runs; the effect is the paired mean and its SE', () => {
    const [huff] = pick('cloud', 'huff', 'azure', 'narrative_share', '2019');
    expect(huff.control).toBeCloseTo(0.4, 12);
    expect(huff.treatment).toBeCloseTo(0.2, 12);
    expect(huff.effect).toBeCloseTo(-0.2, 12);
    expect(huff.se).toBeCloseTo(0.1 / Math.sqrt(3), 12);
    expect(huff.runs).toBe(3);
    expect(pick('lab', 'total', 'openai', 'funding', '2023')[0]).toMatchObject({ control: 5, treatment: 8, effect: 3, se: 0, runs: 3 });
  });

  it('AI revenue is the sum over the year\'s months (USD bn a year), the last year only up to the run\'s end', () => {
    expect(pick('cloud', 'quiet', 'azure', 'ai_revenue', '2019')[0]).toMatchObject({ control: 12, treatment: 24, effect: 12 });
    expect(pick('cloud', 'total', 'azure', 'ai_revenue', '2023')[0]).toMatchObject({ control: 3, treatment: 9, effect: 6 });
  });

  it('host rows: each world\'s host and scope in the year\'s last month, most frequent first, ties by name; none and absent', () => {
    const hostRows = (world: string, period: string) =>
      rows().filter((row) => row.section === 'host' && row.comparison === world && row.period === period).map((row) => [row.label, row.runs]);
    expect(hostRows('openai-to-aws-2018', '2019')).toEqual([['azure rofr', 2], ['aws full', 1]]);
    expect(hostRows('microsoft-passes-2018', '2019')).toEqual([['absent', 1], ['aws full', 1], ['none', 1]]);
    expect(hostRows('baseline', '2023')).toEqual([['azure full', 3]]);
    expect(hostRows('microsoft-passes-2018', '2023')).toEqual([['aws none', 3]]);
    const row = rows().find((r) => r.section === 'host')!;
    expect(row).toMatchObject({ entity: 'openai', metric: 'host_and_scope', label: 'azure full', period: '2018' });
    expect([row.control, row.treatment, row.effect, row.se]).toEqual([NaN, NaN, NaN, NaN]);
  });

  it('deal rows: contracts signed from the fork (inclusive) on, per cloud and lab, as means per run of the world', () => {
    const deals = rows().filter((row) => row.section === 'deals');
    expect(FORK).toBe('2018-03');
    expect(deals.map((row) => [row.comparison, row.entity, row.label, row.metric, row.period, row.runs])).toEqual([
      ['openai-to-aws-2018', 'aws', 'openai', 'contracts_signed', '2018-03..2023-03', 3],
      ['openai-to-aws-2018', 'aws', 'openai', 'compute_signed', '2018-03..2023-03', 3],
      ['openai-to-aws-2018', 'aws', 'openai', 'investment_signed', '2018-03..2023-03', 3],
      ['openai-to-aws-2018', 'azure', 'openai', 'contracts_signed', '2018-03..2023-03', 3],
      ['openai-to-aws-2018', 'azure', 'openai', 'compute_signed', '2018-03..2023-03', 3],
      ['openai-to-aws-2018', 'azure', 'openai', 'investment_signed', '2018-03..2023-03', 3],
    ]);
    expect(deals.map((row) => row.treatment)).toEqual([2 / 3, 6 / 3, 4 / 3, 1 / 3, 1 / 3, 0]);
    expect(deals.every((row) => Number.isNaN(row.control) && Number.isNaN(row.effect))).toBe(true);
  });
});
