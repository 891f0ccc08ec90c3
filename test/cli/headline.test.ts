/** sim/node/headline.ts: the flagship table's differences and their paired standard errors. */
import { describe, expect, it } from 'vitest';
import { headlineRows, pairedTwoSe } from '../../sim/node/headline.js';
import type { SummaryRow } from '../../sim/summary.js';

const rows = (scenario: string, values: number[]): SummaryRow[] =>
  values.map((value, run) => ({ scenario, run, seed: run, metric: 'final_narrative_share', entity: 'aws', value }));

describe('pairedTwoSe(baseline, counterfactual, metric, entity)', () => {
  it('pairedTwoSe() is twice the standard error of the run-by-run differences', () => {
    // differences 0.1, 0.2, 0.3: mean 0.2, sd 0.1, SE 0.1/sqrt(3)
    const se = pairedTwoSe(rows('b', [0.5, 0.1, 0.9]), rows('c', [0.6, 0.3, 1.2]), 'final_narrative_share', 'aws');
    expect(se).toBeCloseTo((2 * 0.1) / Math.sqrt(3), 12);
  });

  it('pairedTwoSe() is far below the unpaired error when the runs share their noise', () => {
    const base = [0.1, 0.5, 0.9, 0.3];
    const se = pairedTwoSe(rows('b', base), rows('c', base.map((v) => v + 0.05)), 'final_narrative_share', 'aws');
    expect(se).toBeCloseTo(0, 12);
  });

  it('pairedTwoSe() is NaN with a single run', () => {
    expect(pairedTwoSe(rows('b', [0.5]), rows('c', [0.6]), 'final_narrative_share', 'aws')).toBeNaN();
  });
});

describe('headlineRows(input, names)', () => {
  it('headlineRows() shows means, the difference and ± 2 SE', () => {
    const table = headlineRows(
      { baseline: rows('b', [0.5, 0.1, 0.9]), counterfactual: rows('c', [0.6, 0.3, 1.2]), clouds: ['aws'], dates: [], runs: 3 },
      ['b', 'c'],
    );
    expect(table[0]).toEqual(['metric', 'cloud', 'b', 'c', 'difference', '± 2 SE']);
    expect(table[1]).toEqual(['final narrative share', 'aws', '0.500', '0.700', '+0.200', '±0.115']);
  });
});
