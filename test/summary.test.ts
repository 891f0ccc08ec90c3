/**
 * Tests of sim/summary.ts, sim/scripted-history.ts and sim/scope-traffic.ts on hand-built
 * recordings with known answers: final shares, revenue split at the end of the scripted history,
 * narrative HHI, the leader's margin, traffic under each scope (owned labs apart), investment paid
 * and internal transfers (from series when recorded, else from contracts), defections.
 */
import { describe, expect, it } from 'vitest';
import type { ContractRecord, EventRecord, Recording } from '../sim/recording.js';
import { trafficUnderScope } from '../sim/scope-traffic.js';
import { historyMonths } from '../sim/scripted-history.js';
import { leaderMargin, narrativeHhi, summarize, type SummaryRow } from '../sim/summary.js';

const DATES = ['2016-11', '2016-12', '2017-01', '2017-02', '2017-03', '2017-04'];

function series(entity: string, metric: string, values: number[]) {
  return { entity, metric, values: Float64Array.from(values) };
}

function event(kind: string, date = '2016-12', origin: EventRecord['origin'] = 'endogenous'): EventRecord {
  return { date, kind, origin, cloud: 'azure', lab: 'openai', value: null, detail: '' };
}

function contract(cloud: string, investment: number): ContractRecord {
  return {
    id: 0, cloud, lab: 'openai', start: '2016-11', end: null, months: 36, compute: 1, price: 0.01, investment,
    exclusivity: 'none', exitPenalty: 0, public: true, origin: 'event', status: 'active', endReason: '',
  };
}

/** Two clouds; openai (no exclusivity at the end), anthropic (inference), deepmind owned by azure. */
function recording(awsShare: number[], events: EventRecord[] = [event('announce', '2016-11', 'scenario')]): Recording {
  return {
    key: { scenario: 'hand', run: 3, seed: 1234 },
    dates: DATES,
    series: [
      series('aws', 'narrative_share', awsShare),
      series('azure', 'narrative_share', awsShare.map((s) => 1 - s)),
      series('aws', 'ai_revenue', [1, 2, 3, 4, 5, 6]),
      series('azure', 'ai_revenue', [NaN, NaN, 0.5, 0.5, 0.5, 0.5]),
      series('azure', 'investment_paid', [0, 1, 1, 0, 0, 0.5]),
      series('azure', 'internal_transfer', [0.1, 0.1, 0.1, 0.1, 0.1, 0.1]),
      series('openai', 'traffic_share', [0.5, 0.5, 0.5, 0.4, 0.4, 0.4]),
      series('openai', 'exclusivity', [3, 3, 3, 1, 0, 0]),
      series('anthropic', 'traffic_share', [NaN, NaN, NaN, 0.3, 0.3, 0.3]),
      series('anthropic', 'exclusivity', [NaN, NaN, NaN, 2, 2, 2]),
      series('deepmind', 'traffic_share', [0.5, 0.5, 0.5, 0.3, 0.3, 0.3]),
      series('deepmind', 'exclusivity', [0, 0, 0, 0, 0, 0]),
    ],
    contracts: [contract('aws', 2), contract('aws', 0.5), contract('azure', 9)],
    events,
    owners: { deepmind: 'azure' },
  };
}

function value(rows: SummaryRow[], metric: string, entity: string): number | null | undefined {
  return rows.find((r) => r.metric === metric && r.entity === entity)?.value;
}

const FLAT = [0.5, 0.5, 0.5, 0.5, 0.5, 0.5];

describe('historyMonths', () => {
  it('historyMonths(recording) runs to December of the year of the last scenario event', () => {
    expect(historyMonths(recording(FLAT))).toBe(2); // 2016-11, 2016-12
    expect(historyMonths(recording(FLAT, [event('deal', '2017-02', 'scenario'), event('market_deal', '2018-01')]))).toBe(6);
  });

  it('historyMonths(recording) is 0 without scenario events (all extrapolation)', () => {
    expect(historyMonths(recording(FLAT, [event('market_deal', '2016-12')]))).toBe(0);
  });
});

describe('summarize', () => {
  it('summarize(recording) gives final narrative share and AI revenue in all, history and extrapolation per cloud', () => {
    const rows = summarize(recording([0.4, 0.45, 0.5, 0.55, 0.6, 0.7]));
    expect(value(rows, 'final_narrative_share', 'aws')).toBeCloseTo(0.7, 12);
    expect(value(rows, 'final_narrative_share', 'azure')).toBeCloseTo(0.3, 12);
    expect(value(rows, 'cumulative_ai_revenue', 'aws')).toBe(21);
    expect(value(rows, 'ai_revenue_history', 'aws')).toBe(3);
    expect(value(rows, 'ai_revenue_extrapolation', 'aws')).toBe(18);
    expect(value(rows, 'cumulative_ai_revenue', 'azure')).toBe(2);
    expect(value(rows, 'ai_revenue_history', 'azure')).toBe(0);
    expect(rows.every((r) => r.scenario === 'hand' && r.run === 3 && r.seed === 1234)).toBe(true);
  });

  it('summarize(recording) leaves ai_revenue_extrapolation empty when history covers the run', () => {
    const rows = summarize(recording(FLAT, [event('deal', '2017-04', 'scenario')]));
    expect(value(rows, 'ai_revenue_history', 'aws')).toBe(21);
    expect(value(rows, 'ai_revenue_extrapolation', 'aws')).toBeNaN();
  });

  it('narrativeHhi(recording) is the sum of squared final shares', () => {
    expect(narrativeHhi(recording([0.4, 0.45, 0.5, 0.55, 0.6, 0.7]))).toBeCloseTo(0.49 + 0.09, 12);
    expect(value(summarize(recording(FLAT)), 'narrative_hhi', 'all')).toBeCloseTo(0.5, 12);
  });

  it('leaderMargin(recording) names the leader and its lead over the runner-up', () => {
    expect(leaderMargin(recording([0.4, 0.45, 0.5, 0.55, 0.6, 0.7]))).toEqual({ cloud: 'aws', margin: expect.closeTo(0.4, 12) });
    const rows = summarize(recording([0.4, 0.45, 0.5, 0.55, 0.6, 0.2]));
    expect(rows.filter((r) => r.metric === 'leader_margin')).toEqual([
      { scenario: 'hand', run: 3, seed: 1234, metric: 'leader_margin', entity: 'azure', value: expect.closeTo(0.6, 12) },
    ]);
  });

  it('trafficUnderScope(recording, from, to) averages each scope\'s share of traffic, owned labs apart', () => {
    // Months 2..5: openai full (0.5 of 1.0), then rofr (0.4 / 1.0), then none twice; anthropic
    // inference 0.3 from month 3; deepmind owned (0.5, then 0.3).
    const scopes = trafficUnderScope(recording(FLAT), 2, 6);
    expect(scopes.get('full')).toBeCloseTo(0.5 / 4, 12);
    expect(scopes.get('rofr')).toBeCloseTo(0.4 / 4, 12);
    expect(scopes.get('none')).toBeCloseTo(0.8 / 4, 12);
    expect(scopes.get('inference')).toBeCloseTo(0.9 / 4, 12);
    expect(scopes.get('owned')).toBeCloseTo(1.4 / 4, 12);
    expect([...scopes.values()].reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
  });

  it('summarize(recording) reports traffic_under_scope over the extrapolation months', () => {
    const rows = summarize(recording(FLAT));
    expect(value(rows, 'traffic_under_scope', 'full')).toBeCloseTo(0.5 / 4, 12);
    expect(value(rows, 'traffic_under_scope', 'owned')).toBeCloseTo(1.4 / 4, 12);
  });

  it('trafficUnderScope(recording) counts an owned lab under its scope when the recording names no owners', () => {
    const scopes = trafficUnderScope({ ...recording(FLAT), owners: undefined }, 0, 1);
    expect(scopes.get('none')).toBeCloseTo(0.5, 12);
    expect(scopes.get('owned')).toBe(0);
  });

  it('summarize(recording) sums investment paid from the monthly series, else from the contracts', () => {
    const rows = summarize(recording(FLAT));
    expect(value(rows, 'investment_paid', 'azure')).toBeCloseTo(2.5, 12);
    expect(value(rows, 'investment_paid', 'aws')).toBeCloseTo(2.5, 12);
  });

  it('summarize(recording) sums internal transfers, and leaves them empty when not recorded', () => {
    const rows = summarize(recording(FLAT));
    expect(value(rows, 'internal_transfer', 'azure')).toBeCloseTo(0.6, 12);
    expect(value(rows, 'internal_transfer', 'aws')).toBeNull();
  });

  it('summarize(recording) counts scenario and market defections only', () => {
    const events = [event('defect'), event('market_defect'), event('market_deal'), event('announce'), event('defect')];
    expect(value(summarize(recording(FLAT, events)), 'defections', 'all')).toBe(3);
    expect(value(summarize(recording(FLAT)), 'defections', 'all')).toBe(0);
  });

  it('summarize(recording) without series gives market rows with no values', () => {
    const empty = { ...recording(FLAT), series: [] };
    expect(summarize(empty).map((r) => r.metric)).toEqual([
      'narrative_hhi', 'leader_margin', ...Array(5).fill('traffic_under_scope'), 'defections',
    ]);
    expect(value(summarize(empty), 'narrative_hhi', 'all')).toBeNaN();
    expect(value(summarize(empty), 'leader_margin', '')).toBeNull();
  });
});
