/**
 * sim/backtest/regimes.ts: every regime of the table is dated by a row of
 * scenarios/data/timeline.csv for its lab and cloud and names them in its label; each regime
 * holds on exactly the contracts it describes (scope by scope), from the month a contract starts
 * to the month before it ends; a regime that follows another counts only after that one's first
 * month; and monthsOff() is signed (negative: the model is early).
 */
import { readFileSync } from 'node:fs';
import { csvParse } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { monthsOff, REGIMES, regimeMonths } from '../../sim/backtest/regimes.js';
import type { ContractRecord, Recording } from '../../sim/recording.js';

const timeline = csvParse(readFileSync(new URL('../../scenarios/data/timeline.csv', import.meta.url), 'utf8'));
const CLOUD_NAMES: Record<string, string> = { azure: 'Azure', aws: 'AWS', gcp: 'Google Cloud', oracle: 'Oracle', coreweave: 'CoreWeave' };
const LAB_NAMES: Record<string, string> = { openai: 'OpenAI', anthropic: 'Anthropic' };

const DATES = ['2019-01', '2019-02', '2019-03', '2019-04', '2019-05', '2019-06'];

function recording(contracts: Partial<ContractRecord>[]): Recording {
  return {
    key: { scenario: 't', run: 0, seed: 1 }, dates: DATES, series: [], events: [],
    contracts: contracts.map((c, id) => ({
      id, cloud: 'azure', lab: 'openai', start: DATES[0], end: null, months: 12, compute: 1, price: 1, investment: 0,
      exclusivity: 'none', exitPenalty: 0, public: true, origin: 'market', status: 'active', endReason: '', ...c,
    }) as ContractRecord),
  };
}

describe('REGIMES', () => {
  it('REGIMES date each change by a timeline.csv row of that month, lab and cloud, and name lab and cloud in the label', () => {
    expect(REGIMES).toHaveLength(10);
    for (const regime of REGIMES) {
      expect(regime.real, regime.label).toMatch(/^\d{4}-\d{2}$/);
      const rows = timeline.filter((row) => row.date!.startsWith(regime.real) && row.lab === LAB_NAMES[regime.lab]
        && (regime.cloud === null || row.cloud === CLOUD_NAMES[regime.cloud]));
      expect(rows.length, regime.label).toBeGreaterThan(0);
      expect(regime.label.startsWith(LAB_NAMES[regime.lab]), regime.label).toBe(true);
      if (regime.cloud !== null) expect(regime.label, regime.label).toContain(CLOUD_NAMES[regime.cloud]);
    }
    expect(REGIMES.filter((r) => r.after).map((r) => r.after)).toEqual(['OpenAI exclusive on Azure', 'OpenAI exclusive on Azure']);
  });

  it('each "buys capacity" or "on" regime holds from the first month its lab has a contract of any scope with its cloud, and no other regime of a cloud does', () => {
    for (const regime of REGIMES.filter((r) => r.cloud !== null && !r.after && !r.label.includes('exclusive'))) {
      const months = regimeMonths(recording([{ lab: regime.lab, cloud: regime.cloud!, start: '2019-03', exclusivity: 'rofr' }]));
      expect(months.get(regime.label), regime.label).toBe('2019-03');
      for (const other of REGIMES.filter((r) => r.cloud !== null && r.cloud !== regime.cloud || r.lab !== regime.lab)) {
        expect(months.get(other.label), `${other.label} on ${regime.label}'s contract`).toBeNull();
      }
    }
  });
});

describe('regimeMonths(recording) scopes and dates', () => {
  const exclusive = 'OpenAI exclusive on Azure';
  const rofr = 'OpenAI–Azure relaxed to a right of first refusal';
  const free = 'OpenAI free of exclusivity (non-exclusive licence)';

  it('regimeMonths() counts inference and full scopes as exclusivity, not rofr or none', () => {
    expect(regimeMonths(recording([{ exclusivity: 'inference' }])).get(exclusive)).toBe('2019-01');
    expect(regimeMonths(recording([{ exclusivity: 'full', start: '2019-02' }])).get(exclusive)).toBe('2019-02');
    expect(regimeMonths(recording([{ exclusivity: 'rofr' }, { exclusivity: 'none', cloud: 'aws' }])).get(exclusive)).toBeNull();
    expect(regimeMonths(recording([{ exclusivity: 'full', cloud: 'aws' }])).get(exclusive)).toBeNull();
    expect(regimeMonths(recording([{ exclusivity: 'full', lab: 'anthropic' }])).get(exclusive)).toBeNull();
  });

  it('regimeMonths() finds a regime in the first month of the run', () => {
    expect(regimeMonths(recording([{ cloud: 'aws', lab: 'anthropic' }])).get('Anthropic on AWS')).toBe('2019-01');
  });

  it('regimeMonths() takes a contract as active from its start month up to the month before its end', () => {
    const months = regimeMonths(recording([
      { exclusivity: 'full', start: '2019-02', end: '2019-03' },
      { exclusivity: 'rofr', start: '2019-03', end: null },
    ]));
    expect(months.get(exclusive)).toBe('2019-02');
    expect(months.get(rofr)).toBe('2019-03');
    // a contract ending in the month it starts is never active
    expect(regimeMonths(recording([{ exclusivity: 'full', start: '2019-02', end: '2019-02' }])).get(exclusive)).toBeNull();
  });

  it('regimeMonths() counts a following regime only after its predecessor\'s first month, never in it', () => {
    // exclusive and rofr contracts both active from 2019-02: the relaxation is first seen in 2019-03
    const months = regimeMonths(recording([
      { exclusivity: 'full', start: '2019-02' },
      { exclusivity: 'rofr', start: '2019-02', cloud: 'azure' },
    ]));
    expect(months.get(exclusive)).toBe('2019-02');
    expect(months.get(rofr)).toBe('2019-03');
    // without the predecessor, neither follower is ever seen
    const alone = regimeMonths(recording([{ exclusivity: 'rofr' }, { exclusivity: 'none', cloud: 'aws', start: '2019-04' }]));
    expect(alone.get(rofr)).toBeNull();
    expect(alone.get(free)).toBeNull();
  });

  it('regimeMonths() sees OpenAI free of exclusivity only in a month with contracts, all of scope none', () => {
    const months = regimeMonths(recording([
      { exclusivity: 'full', start: '2019-01', end: '2019-02' },
      { exclusivity: 'rofr', start: '2019-03', end: '2019-04' },
      { exclusivity: 'none', start: '2019-05', cloud: 'aws' },
      { exclusivity: 'none', start: '2019-04', end: '2019-05', lab: 'anthropic' },
    ]));
    // 2019-02 has no OpenAI contract (not free), 2019-03 a rofr one, 2019-04 none active: 2019-05
    expect(months.get(free)).toBe('2019-05');
    expect(months.get(rofr)).toBe('2019-03');
  });

  it('regimeMonths() of a recording without months finds nothing', () => {
    const empty = { ...recording([{ exclusivity: 'full' }]), dates: [] };
    expect([...regimeMonths(empty).values()].every((m) => m === null)).toBe(true);
  });
});

describe('monthsOff(real, model)', () => {
  it('monthsOff() is model minus real in months: negative when the model is early', () => {
    expect(monthsOff('2019-07', '2019-03')).toBe(-4);
    expect(monthsOff('2019-07', '2020-01')).toBe(6);
    expect(monthsOff('2025-01', '2025-01')).toBe(0);
  });
});
