import { describe, expect, it } from 'vitest';
import { headlineTable } from '../sim/experiments/headline-table.js';
import type { SummaryRow } from '../sim/summary.js';

const row = (run: number, metric: string, entity: string, value: number | null): SummaryRow =>
  ({ scenario: 's', run, seed: run, metric, entity, value }) as SummaryRow;

describe('headlineTable(baseline, counterfactual)', () => {
  it('headlineTable() gives both means and the paired difference ± 2 SE for each metric and entity', () => {
    const base = [row(0, 'share', 'aws', 0.5), row(1, 'share', 'aws', 0.1), row(2, 'share', 'aws', 0.9)];
    const cf = [row(0, 'share', 'aws', 0.6), row(1, 'share', 'aws', 0.3), row(2, 'share', 'aws', 1.2)];
    const [r] = headlineTable(base, cf);
    expect(r).toMatchObject({ metric: 'share', entity: 'aws', pairs: 3 });
    expect(r.baseline).toBeCloseTo(0.5, 12);
    expect(r.counterfactual).toBeCloseTo(0.7, 12);
    expect(r.difference).toBeCloseTo(0.2, 12);
    expect(r.twoSe).toBeCloseTo((2 * 0.1) / Math.sqrt(3), 12);
  });
  it('headlineTable() pairs by run, skips empty values and keeps metrics present on one side', () => {
    const rows = headlineTable([row(0, 'a', 'x', 1), row(1, 'a', 'x', null)], [row(1, 'a', 'x', 5), row(0, 'a', 'x', 2), row(0, 'b', 'y', 3)]);
    expect(rows.map((r) => [r.metric, r.entity, r.pairs])).toEqual([['a', 'x', 1], ['b', 'y', 0]]);
    expect(rows[0].difference).toBe(1);
    expect(rows[1].baseline).toBeNaN();
  });
});
