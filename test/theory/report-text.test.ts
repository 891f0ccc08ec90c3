/**
 * The text of theory results (sim/theory/report.ts): figures to 6 significant digits, tolerance
 * text by kind, parameters, result rows with checks marked, Markdown tables with `|` escaped.
 * And the traffic-under-scope mean skipping months without traffic (sim/scope-traffic.ts).
 */
import { describe, expect, it } from 'vitest';
import type { Recording } from '../../sim/recording.js';
import { trafficUnderScope } from '../../sim/scope-traffic.js';
import { figure, markdownTable, paramsText, resultRows, toleranceText } from '../../sim/theory/report.js';

describe('theory report text', () => {
  it('figure() writes integers and non-finite values as they are, others to 6 significant digits', () => {
    expect(figure(3)).toBe('3');
    expect(figure(-0.5)).toBe('-0.5');
    expect(figure(1 / 3)).toBe('0.333333');
    expect(figure(123456789.123)).toBe('123457000');
    expect(figure(NaN)).toBe('NaN');
    expect(figure(Infinity)).toBe('Infinity');
  });

  it('toleranceText() is ≤ expected for an upper bound, ± percent for a relative check, ± the tolerance otherwise', () => {
    const base = { quantity: 'q', simulated: 1, expected: 0.0436, tolerance: 0.0313, pass: true };
    expect(toleranceText(base)).toBe('± 0.0313');
    expect(toleranceText({ ...base, relative: true, tolerance: 0.15 })).toBe('± 15%');
    expect(toleranceText({ ...base, atMost: true })).toBe('≤ 0.0436');
  });

  it('paramsText() lists name=value pairs', () => {
    expect(paramsText({ a: 1, b: 'x' })).toBe('a=1 b=x');
    expect(paramsText({})).toBe('');
  });

  it('resultRows() puts simulated and closed-form figures side by side and marks each checked quantity', () => {
    const rows = resultRows({
      model: 'm', params: {},
      simulated: { mean: 0.5, extra: 2 },
      closedForm: { mean: 0.4, only: 1 },
      checks: [{ quantity: 'mean', simulated: 0.5, expected: 0.4, tolerance: 0.2, pass: true }, { quantity: 'extra', simulated: 2, expected: 1, tolerance: 0.5, pass: false }],
    });
    expect(rows).toEqual([
      ['quantity', 'simulated', 'closed form', 'tolerance', 'pass'],
      ['mean', '0.5', '0.4', '± 0.2', 'yes'],
      ['extra', '2', '', '± 0.5', 'NO'],
      ['only', '', '1', '', ''],
    ]);
  });

  it('markdownTable() writes a header, a rule and the rows, escaping |', () => {
    expect(markdownTable([['a', 'b'], ['1|2', '3']])).toBe('| a | b |\n| --- | --- |\n| 1\\|2 | 3 |');
  });
});

describe('trafficUnderScope(recording, from, to)', () => {
  it('trafficUnderScope() skips months with no traffic and is NaN when none has any', () => {
    const recording: Recording = {
      key: { scenario: 's', run: 0, seed: 1 }, dates: ['a', 'b', 'c'], contracts: [], events: [],
      series: [
        { entity: 'x', metric: 'traffic_share', values: Float64Array.from([0, 1, 0.5]) },
        { entity: 'x', metric: 'exclusivity', values: Float64Array.from([3, 3, 0]) },
        { entity: 'y', metric: 'traffic_share', values: Float64Array.from([0, 0, 0.5]) },
        { entity: 'y', metric: 'exclusivity', values: Float64Array.from([0, 0, 3]) },
      ],
    };
    const shares = trafficUnderScope(recording, 0, 3);
    expect(shares.get('full')).toBeCloseTo((1 + 0.5) / 2, 12);
    expect(shares.get('none')).toBeCloseTo(0.5 / 2, 12);
    expect([...trafficUnderScope(recording, 0, 1).values()].every(Number.isNaN)).toBe(true);
  });
});
