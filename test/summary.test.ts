/**
 * Tests of sim/summary.ts on hand-built recordings: final shares, cumulative revenue, a known
 * lock-in month and a never-locked run, defections, and the lab autonomy index.
 */
import { describe, expect, it } from 'vitest';
import type { EventRecord, Recording } from '../sim/recording.js';
import { autonomyIndex, lockin, summarize, type SummaryRow } from '../sim/summary.js';

const DATES = ['2016-01', '2016-02', '2016-03', '2016-04', '2016-05', '2016-06'];

function series(entity: string, metric: string, values: number[]) {
  return { entity, metric, values: Float64Array.from(values) };
}

function event(kind: string): EventRecord {
  return { date: '2016-03', kind, origin: 'endogenous', cloud: 'azure', lab: 'openai', value: null, detail: '' };
}

function recording(awsShare: number[], events: EventRecord[] = []): Recording {
  return {
    key: { scenario: 'hand', run: 3, seed: 1234 },
    dates: DATES,
    series: [
      series('aws', 'narrative_share', awsShare),
      series('azure', 'narrative_share', awsShare.map((s) => 1 - s)),
      series('aws', 'ai_revenue', [1, 2, 3, 4, 5, 6]),
      series('azure', 'ai_revenue', [NaN, NaN, 0.5, 0.5, 0.5, 0.5]),
      series('openai', 'traffic_share', [1, 0.9, 0.8, 0.7, 0.6, 0.6]),
      series('openai', 'exclusivity', [3, 3, 3, 1, 0, 0]),
      series('anthropic', 'traffic_share', [NaN, NaN, NaN, 0.3, 0.3, 0.3]),
      series('anthropic', 'exclusivity', [NaN, NaN, NaN, 2, 2, 2]),
      series('mistral', 'traffic_share', [NaN, NaN, NaN, NaN, 0.1, NaN]),
      series('mistral', 'exclusivity', [NaN, NaN, NaN, NaN, 0, NaN]),
    ],
    contracts: [],
    events,
  };
}

function value(rows: SummaryRow[], metric: string, entity: string): number | null | undefined {
  return rows.find((r) => r.metric === metric && r.entity === entity)?.value;
}

describe('summarize', () => {
  it('summarize(recording) gives final narrative share and cumulative AI revenue per cloud', () => {
    const rows = summarize(recording([0.4, 0.45, 0.5, 0.55, 0.6, 0.7]));
    expect(value(rows, 'final_narrative_share', 'aws')).toBeCloseTo(0.7, 12);
    expect(value(rows, 'final_narrative_share', 'azure')).toBeCloseTo(0.3, 12);
    expect(value(rows, 'cumulative_ai_revenue', 'aws')).toBe(21);
    expect(value(rows, 'cumulative_ai_revenue', 'azure')).toBe(2);
    expect(rows.every((r) => r.scenario === 'hand' && r.run === 3 && r.seed === 1234)).toBe(true);
  });

  it('summarize(recording) gives the first month from which a share stays above 0.5', () => {
    const rows = summarize(recording([0.6, 0.45, 0.5, 0.55, 0.6, 0.7]));
    const lock = rows.filter((r) => r.metric === 'lockin_month');
    expect(lock).toEqual([{ scenario: 'hand', run: 3, seed: 1234, metric: 'lockin_month', entity: 'aws', value: 3 }]);
    expect(DATES[3]).toBe('2016-04');
  });

  it('summarize(recording) finds lock-in by the second cloud and at month 0', () => {
    expect(lockin(recording([0.3, 0.3, 0.3, 0.3, 0.3, 0.3]))).toEqual({ cloud: 'azure', month: 0 });
  });

  it('summarize(recording) leaves entity and value empty when no cloud ever locks in', () => {
    const rows = summarize(recording([0.6, 0.7, 0.8, 0.9, 0.6, 0.5]));
    expect(rows.filter((r) => r.metric === 'lockin_month')).toEqual([
      { scenario: 'hand', run: 3, seed: 1234, metric: 'lockin_month', entity: '', value: null },
    ]);
  });

  it('summarize(recording) counts scenario and market defections only', () => {
    const events = [event('defect'), event('market_defect'), event('market_deal'), event('announce'), event('defect')];
    const rows = summarize(recording([0.5, 0.5, 0.5, 0.5, 0.5, 0.5], events));
    expect(value(rows, 'defections', 'all')).toBe(3);
    expect(value(summarize(recording([0.5, 0.5, 0.5, 0.5, 0.5, 0.5])), 'defections', 'all')).toBe(0);
  });

  it('autonomyIndex(recording) weights labs without exclusivity by final traffic share', () => {
    // openai (0.6, exclusivity 0) and anthropic (0.3, exclusivity 2); mistral has exited (NaN).
    expect(autonomyIndex(recording([0.5, 0.5, 0.5, 0.5, 0.5, 0.5]))).toBeCloseTo(0.6 / 0.9, 12);
    const rows = summarize(recording([0.5, 0.5, 0.5, 0.5, 0.5, 0.5]));
    expect(value(rows, 'autonomy_index', 'all')).toBeCloseTo(2 / 3, 12);
  });

  it('autonomyIndex(recording) is NaN without labs', () => {
    const empty = { ...recording([0.5, 0.5, 0.5, 0.5, 0.5, 0.5]), series: [] };
    expect(autonomyIndex(empty)).toBeNaN();
    expect(summarize(empty).map((r) => r.metric)).toEqual(['lockin_month', 'defections', 'autonomy_index']);
  });
});
