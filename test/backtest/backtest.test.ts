import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { backtestSvg } from '../../sim/backtest/chart.js';
import { backtestSummary } from '../../sim/backtest/errors.js';
import { REGIMES, regimeMonths } from '../../sim/backtest/regimes.js';
import { endogenousReplay, SCRIPTED_RELATIONSHIP_KINDS } from '../../sim/backtest/replay.js';
import { reportedShares, type ReportedShare } from '../../sim/backtest/reported.js';
import { simulatedShare } from '../../sim/backtest/simulated.js';
import type { ContractRecord, Recording } from '../../sim/recording.js';
import { smallScenario } from '../support/small-scenario.js';

const csv = readFileSync(new URL('../../scenarios/data/market_share.csv', import.meta.url), 'utf8');

describe('reportedShares(csvText, from, to)', () => {
  it('reportedShares() keeps the Synergy Q4 series only, never Canalys', () => {
    const rows = reportedShares(csv, 2018, 2025);
    expect(rows.find((r) => r.year === 2023 && r.provider === 'Azure')?.sharePct).toBe(24); // Canalys has 19 and 26
    expect(rows.find((r) => r.year === 2022 && r.provider === 'AWS')?.sharePct).toBe(33); // Canalys has 35
    expect(rows.filter((r) => r.year === 2019).map((r) => r.provider).sort()).toEqual(['AWS', 'Azure']);
    expect(rows.every((r) => r.source.startsWith('http'))).toBe(true);
    expect(rows.length).toBe(30);
  });
});

function recording(dates: string[], spend: Record<string, number[]>, contracts: Partial<ContractRecord>[] = []): Recording {
  return {
    key: { scenario: 't', run: 0, seed: 1 }, dates,
    series: Object.entries(spend).map(([entity, values]) => ({ entity, metric: 'spend_share', values: Float64Array.from(values) })),
    contracts: contracts.map((c, id) => ({
      id, cloud: 'azure', lab: 'openai', start: dates[0], end: null, months: 12, compute: 1, price: 1, investment: 0,
      exclusivity: 'none', exitPenalty: 0, public: true, origin: 'market', status: 'active', endReason: '', ...c,
    }) as ContractRecord),
    events: [],
  };
}

describe('simulatedShare(recording, provider, year)', () => {
  it('simulatedShare() is the Q4 mean of spend_share in percent, Others summing the rest', () => {
    const dates = ['2020-10', '2020-11', '2020-12'];
    const r = recording(dates, { aws: [0.3, 0.3, 0.6], azure: [0.2, 0.2, 0.2], gcp: [0.1, 0.1, 0.1], oracle: [0.1, 0.1, 0.05], other: [0.3, 0.3, 0.05] });
    expect(simulatedShare(r, 'AWS', 2020)).toBeCloseTo(40, 10);
    expect(simulatedShare(r, 'Others', 2020)).toBeCloseTo(30, 10);
    expect(simulatedShare(r, 'Azure', 2021)).toBeNaN();
  });
});

describe('backtestSummary(reported, simulated)', () => {
  it('backtestSummary() scores the model, persistence and frozen shares on the same cells', () => {
    const reported: ReportedShare[] = [
      { year: 2018, provider: 'AWS', sharePct: 30, source: '' }, { year: 2019, provider: 'AWS', sharePct: 34, source: '' },
      { year: 2020, provider: 'AWS', sharePct: 36, source: '' },
    ];
    const summary = backtestSummary(reported, (_, year) => ({ 2018: 31, 2019: 33, 2020: 40 })[year as 2018] ?? NaN);
    expect(summary.cells.map((c) => c.error)).toEqual([1, -1, 4]);
    expect(summary.mae.model).toBeCloseTo(2.5, 12); // 2019, 2020
    expect(summary.mae.persistence).toBeCloseTo(3, 12); // |30-34|, |34-36|
    expect(summary.mae.frozen).toBeCloseTo(5, 12); // |30-34|, |30-36|
    expect(summary.maeByProvider.AWS).toBeCloseTo(2, 12);
  });
});

describe('regimeMonths(recording)', () => {
  it('regimeMonths() finds exclusivity, its relaxation and new clouds in the order they happen', () => {
    const dates = ['2019-01', '2019-02', '2019-03', '2019-04', '2019-05', '2019-06'];
    const r = recording(dates, {}, [
      { cloud: 'azure', start: '2019-01', end: '2019-02', exclusivity: 'none' },
      { cloud: 'azure', start: '2019-02', end: '2019-04', exclusivity: 'full' },
      { cloud: 'azure', start: '2019-04', end: '2019-05', exclusivity: 'rofr' },
      { cloud: 'azure', start: '2019-05', end: null, exclusivity: 'none' },
      { cloud: 'oracle', start: '2019-06', end: null, exclusivity: 'none' },
    ]);
    const months = regimeMonths(r);
    expect(months.get('OpenAI exclusive on Azure')).toBe('2019-02');
    expect(months.get('OpenAI–Azure relaxed to a right of first refusal')).toBe('2019-04');
    expect(months.get('OpenAI free of exclusivity (non-exclusive licence)')).toBe('2019-05');
    expect(months.get('OpenAI buys capacity from Oracle')).toBe('2019-06');
    expect(months.get('Anthropic on AWS')).toBeNull();
    expect(months.size).toBe(REGIMES.length);
  });
});

describe('endogenousReplay(scenario)', () => {
  it('endogenousReplay() drops scripted deals, investments, relaxations and defections, keeps the rest', () => {
    const scenario = smallScenario({}, [
      { id: 'a', date: '2017-01', kind: 'deal' } as never, { id: 'b', date: '2017-01', kind: 'announce' } as never,
      { id: 'c', date: '2017-02', kind: 'invest' } as never, { id: 'd', date: '2017-03', kind: 'enter' } as never,
    ]);
    const replay = endogenousReplay(scenario);
    expect(replay.events.map((e) => e.kind)).toEqual(['announce', 'enter']);
    expect(replay.name).toBe('small+endogenous');
    expect(SCRIPTED_RELATIONSHIP_KINDS).toContain('relax_exclusivity');
  });
});

describe('backtestSvg(cells, title)', () => {
  it('backtestSvg() labels both axes with units, escapes the title and draws each provider twice', () => {
    const cells = [2018, 2019].map((year) => ({ year, provider: 'AWS' as const, reported: 30, simulated: 32, error: 2, persistence: NaN, frozen: 30 }));
    const svg = backtestSvg(cells, 'a <b>');
    expect(svg).toContain('cloud market share (%)');
    expect(svg).toContain('year (Q4)');
    expect(svg).toContain('a &#60;b&#62;');
    expect(svg.match(/<path /g)?.length).toBe(2);
  });
});
