/**
 * Tests of sim/dates.ts: month arithmetic on "YYYY-MM" strings across year ends, in both
 * directions, and monthIndex and addMonths as inverses.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addMonths, monthIndex, monthRange } from '../sim/dates.js';

describe('dates', () => {
  it('monthIndex(start, date) counts months across years, 0 when equal, negative before start', () => {
    expect(monthIndex('2016-01', '2016-01')).toBe(0);
    expect(monthIndex('2016-01', '2016-12')).toBe(11);
    expect(monthIndex('2016-11', '2017-03')).toBe(4);
    expect(monthIndex('2016-03', '2015-12')).toBe(-3);
  });

  it('addMonths(start, months) carries into the next year and back, zero-padding the month', () => {
    expect(addMonths('2016-01', 0)).toBe('2016-01');
    expect(addMonths('2016-01', 8)).toBe('2016-09');
    expect(addMonths('2016-01', 11)).toBe('2016-12');
    expect(addMonths('2016-12', 1)).toBe('2017-01');
    expect(addMonths('2016-11', 14)).toBe('2018-01');
    expect(addMonths('2016-01', -1)).toBe('2015-12');
  });

  it('monthRange(start, end) lists every month inclusive, one when start = end', () => {
    expect(monthRange('2016-11', '2017-02')).toEqual(['2016-11', '2016-12', '2017-01', '2017-02']);
    expect(monthRange('2020-05', '2020-05')).toEqual(['2020-05']);
  });

  it('addMonths(start, monthIndex(start, date)) gives date back for any two months', () => {
    const month = fc.tuple(fc.integer({ min: 1990, max: 2100 }), fc.integer({ min: 1, max: 12 }))
      .map(([year, m]) => `${year}-${String(m).padStart(2, '0')}`);
    fc.assert(fc.property(month, month, (start, date) => {
      expect(addMonths(start, monthIndex(start, date))).toBe(date);
    }), { seed: 20160101 });
  });
});
