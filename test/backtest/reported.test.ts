/**
 * reportedShares() (sim/backtest/reported.ts) on a hand-written CSV: Synergy Q4 rows of known
 * providers within the years asked, Canalys rows (any case) and non-numeric shares left out.
 */
import { describe, expect, it } from 'vitest';
import { reportedShares } from '../../sim/backtest/reported.js';

const CSV = [
  'year,quarter,provider,share_pct,verified,source_url',
  '2018,Q4,AWS,32,yes,https://a',
  '2018,Q3,AWS,31,yes,https://b',
  '2019,Q4,Azure,17,CANALYS series,https://c',
  '2019,Q4,Azure,16,,https://d',
  '2019,Q4,Oracle,2,yes,https://e',
  '2020,Q4,Google Cloud,n/a,yes,https://f',
  '2021,Q4,Others,40,derived,',
  '2017,Q4,AWS,33,yes,https://g',
].join('\n');

describe('reportedShares(csvText, from, to)', () => {
  it('reportedShares() keeps Q4 Synergy rows of known providers in from..to, with numeric shares', () => {
    expect(reportedShares(CSV, 2018, 2021)).toEqual([
      { year: 2018, provider: 'AWS', sharePct: 32, source: 'https://a' },
      { year: 2019, provider: 'Azure', sharePct: 16, source: 'https://d' },
      { year: 2021, provider: 'Others', sharePct: 40, source: '' },
    ]);
    expect(reportedShares(CSV, 2019, 2019).map((r) => r.sharePct)).toEqual([16]);
  });

  it('reportedShares() reads rows without a verified or provider column', () => {
    expect(reportedShares('year,quarter,provider,share_pct\n2018,Q4,AWS,30\n', 2018, 2018)).toEqual([
      { year: 2018, provider: 'AWS', sharePct: 30, source: '' },
    ]);
    expect(reportedShares('year,quarter,share_pct\n2018,Q4,30\n', 2018, 2018)).toEqual([]);
  });
});
