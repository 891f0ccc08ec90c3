/**
 * summarize() (sim/summary.ts): the order of summary.csv's rows for a hand-built two-cloud run,
 * a cloud without revenue series (empty cells), clouds whose final share is NaN (exited) left out
 * of the HHI and the leader, a lone cloud leading by its whole share, and an empty series.
 */
import { describe, expect, it } from 'vitest';
import type { Recording } from '../sim/recording.js';
import { leaderMargin, narrativeHhi, summarize } from '../sim/summary.js';

const DATES = ['2016-11', '2016-12', '2017-01'];
const series = (entity: string, metric: string, values: number[]) => ({ entity, metric, values: Float64Array.from(values) });

function recording(extra: ReturnType<typeof series>[] = []): Recording {
  return {
    key: { scenario: 'rows', run: 1, seed: 9 }, dates: DATES, contracts: [], events: [],
    series: [series('aws', 'narrative_share', [0.5, 0.6, 0.7]), series('gcp', 'narrative_share', [0.5, 0.4, 0.3]), ...extra],
  };
}

describe('summarize(recording) rows', () => {
  it('summarize() writes the per-cloud metrics cloud by cloud in a fixed order, then the market rows', () => {
    const rows = summarize(recording());
    expect(rows.map((r) => `${r.metric}/${r.entity}`)).toEqual([
      'final_narrative_share/aws', 'final_narrative_share/gcp',
      'cumulative_ai_revenue/aws', 'ai_revenue_history/aws', 'ai_revenue_extrapolation/aws',
      'cumulative_ai_revenue/gcp', 'ai_revenue_history/gcp', 'ai_revenue_extrapolation/gcp',
      'investment_paid/aws', 'investment_paid/gcp', 'internal_transfer/aws', 'internal_transfer/gcp',
      'narrative_hhi/all', 'leader_margin/aws',
      'traffic_under_scope/none', 'traffic_under_scope/rofr', 'traffic_under_scope/inference', 'traffic_under_scope/full', 'traffic_under_scope/owned',
      'defections/all',
    ]);
    expect(rows.every((r) => r.scenario === 'rows' && r.run === 1 && r.seed === 9)).toBe(true);
  });

  it('summarize() leaves revenue empty (NaN) for a cloud without an ai_revenue series, investment 0 without contracts', () => {
    const rows = summarize(recording());
    const value = (metric: string) => rows.find((r) => r.metric === metric && r.entity === 'gcp')!.value;
    expect(value('cumulative_ai_revenue')).toBeNaN();
    expect(value('ai_revenue_history')).toBeNaN();
    expect(value('ai_revenue_extrapolation')).toBeNaN();
    expect(value('investment_paid')).toBe(0);
    expect(value('internal_transfer')).toBeNull();
  });

  it('summarize() with no scripted history counts all revenue as extrapolation', () => {
    const rows = summarize(recording([series('aws', 'ai_revenue', [1, 2, 4])]));
    const value = (metric: string) => rows.find((r) => r.metric === metric && r.entity === 'aws')!.value;
    expect([value('cumulative_ai_revenue'), value('ai_revenue_history'), value('ai_revenue_extrapolation')]).toEqual([7, 0, 7]);
  });
});

describe('narrativeHhi and leaderMargin edges', () => {
  it('narrativeHhi() and leaderMargin() leave out a cloud whose final share is NaN', () => {
    const r = recording([series('oracle', 'narrative_share', [0.2, 0.1, NaN])]);
    expect(narrativeHhi(r)).toBeCloseTo(0.49 + 0.09, 14);
    expect(leaderMargin(r)).toEqual({ cloud: 'aws', margin: expect.closeTo(0.4, 14) });
  });

  it('leaderMargin() of a lone cloud is its whole share; of none, null, and the HHI NaN', () => {
    const alone: Recording = { ...recording(), series: [series('aws', 'narrative_share', [1, 1, 0.9])] };
    expect(leaderMargin(alone)).toEqual({ cloud: 'aws', margin: 0.9 });
    const exited: Recording = { ...recording(), series: [series('aws', 'narrative_share', [1, NaN, NaN])] };
    expect(leaderMargin(exited)).toBeNull();
    expect(narrativeHhi(exited)).toBeNaN();
  });

  it('summarize() reads an empty series\' final share as NaN', () => {
    const empty: Recording = { ...recording(), dates: [], series: [series('aws', 'narrative_share', [])] };
    const rows = summarize(empty);
    expect(rows[0]).toMatchObject({ metric: 'final_narrative_share', entity: 'aws' });
    expect(rows[0].value).toBeNaN();
  });

  it('leaderMargin() ranks by the final month, not earlier ones', () => {
    const r = recording([series('oracle', 'narrative_share', [0.9, 0.9, 0.0])]);
    expect(leaderMargin(r)).toEqual({ cloud: 'aws', margin: expect.closeTo(0.4, 14) });
  });
});
