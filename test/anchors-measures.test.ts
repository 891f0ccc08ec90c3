/**
 * sim/anchors.ts on hand-built recordings: which contracts count toward a pair's investment
 * (signed by the end of the span, not ended before its start), a year's total skipping months
 * the entity did not exist, a value and its annual run-rate, each cloud's total; and
 * docs/MODEL.md lists the anchors exactly as `npm run anchors` prints them. The baseline's
 * magnitudes against them are test/anchors.test.ts. Added time: well under 1 s.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ANCHORS, investmentByCloud, pairInvestment, valueAt, yearTotal } from '../sim/anchors.js';
import type { ContractRecord, Recording } from '../sim/recording.js';

const contract = (id: number, cloud: string, lab: string, start: string, end: string | null, investment: number): ContractRecord => ({
  id, cloud, lab, start, end, months: 12, compute: 1, price: 1, investment, exclusivity: 'none', exitPenalty: 0, public: false,
  origin: 'market', status: end === null ? 'active' : 'expired', endReason: '',
});

const recording: Recording = {
  key: { scenario: 'x', run: 0, seed: 1 },
  dates: ['2023-11', '2023-12', '2024-01', '2024-02'],
  series: [
    { entity: 'azure', metric: 'ai_revenue', values: Float64Array.from([1, 2, 3, 4]) },
    { entity: 'coreweave', metric: 'ai_revenue', values: Float64Array.from([NaN, 5, NaN, 7]) },
  ],
  contracts: [
    contract(1, 'azure', 'openai', '2019-01', '2020-12', 1), // ended the month the span starts: counts
    contract(2, 'azure', 'openai', '2018-01', '2020-11', 2), // ended before the span
    contract(3, 'azure', 'openai', '2023-12', null, 4), // signed the span's last month: counts
    contract(4, 'azure', 'openai', '2024-01', null, 8), // signed after the span
    contract(5, 'aws', 'openai', '2021-01', null, 16), // another cloud
    contract(6, 'azure', 'anthropic', '2021-01', null, 32), // another lab
  ],
  events: [],
};

describe('pairInvestment(recording, cloud, lab, from, to)', () => {
  it('pairInvestment() sums the pair\'s contracts in force some time in [from, to], both ends included', () => {
    expect(pairInvestment(recording, 'azure', 'openai', '2020-12', '2023-12')).toBe(1 + 4);
    expect(pairInvestment(recording, 'azure', 'openai', '2021-01', '2023-11')).toBe(0);
    expect(pairInvestment(recording, 'azure', 'anthropic', '2019-01', '2030-12')).toBe(32);
  });
});

describe('yearTotal, valueAt and investmentByCloud', () => {
  it('yearTotal() sums the months of the year, skipping months without the entity (NaN)', () => {
    expect(yearTotal(recording, 'azure', 'ai_revenue', '2024')).toBe(7);
    expect(yearTotal(recording, 'coreweave', 'ai_revenue', '2023')).toBe(5);
    expect(yearTotal(recording, 'coreweave', 'ai_revenue', '2024')).toBe(7);
  });

  it('valueAt() is the month\'s value, times 12 when annualised, NaN outside the run', () => {
    expect(valueAt(recording, 'azure', 'ai_revenue', '2024-01')).toBe(3);
    expect(valueAt(recording, 'azure', 'ai_revenue', '2024-01', true)).toBe(36);
    expect(valueAt(recording, 'azure', 'ai_revenue', '2025-01', true)).toBeNaN();
  });

  it('a missing series is an error naming the entity and metric', () => {
    expect(() => valueAt(recording, 'gcp', 'ai_revenue', '2024-01')).toThrow(new Error('no gcp.ai_revenue series'));
    expect(() => yearTotal(recording, 'azure', 'capacity', '2024')).toThrow(new Error('no azure.capacity series'));
  });

  it('investmentByCloud() totals every contract\'s investment by cloud', () => {
    expect(investmentByCloud(recording)).toEqual(new Map([['azure', 1 + 2 + 4 + 8 + 32], ['aws', 16]]));
  });
});

describe('docs/MODEL.md lists the anchors', () => {
  it('docs/MODEL.md has one row per anchor: name, real value, unit and source, in ANCHORS order', () => {
    const doc = readFileSync(new URL('../docs/MODEL.md', import.meta.url), 'utf8');
    const start = doc.indexOf('| anchor | real | unit | source |');
    expect(start).toBeGreaterThan(0);
    const lines = doc.slice(start).split('\n').slice(2); // after the header and the rule
    const table = lines.slice(0, lines.findIndex((line) => !line.startsWith('| ')));
    expect(table).toEqual(ANCHORS.map((a) => `| ${a.name} | ${a.value} | ${a.unit} | ${a.source} |`));
  });
});
