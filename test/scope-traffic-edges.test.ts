/**
 * trafficUnderScope() (sim/scope-traffic.ts) at its edges: a span reaching outside the run is cut
 * to it, a month with no traffic is left out of the mean (not counted as zero), a lab without an
 * exclusivity series is ignored, and a span without traffic is NaN for every scope.
 */
import { describe, expect, it } from 'vitest';
import type { Recording } from '../sim/recording.js';
import { SCOPE_ENTITIES, trafficUnderScope } from '../sim/scope-traffic.js';

const series = (entity: string, metric: string, values: number[]) => ({ entity, metric, values: Float64Array.from(values) });

function recording(): Recording {
  return {
    key: { scenario: 's', run: 0, seed: 1 }, dates: ['2020-01', '2020-02', '2020-03'], contracts: [], events: [],
    series: [
      series('openai', 'traffic_share', [0.6, 0, 0.5]),
      series('openai', 'exclusivity', [3, 3, 0]),
      series('meta', 'traffic_share', [0.4, 0, 0.5]),
      series('meta', 'exclusivity', [1, 1, 1]),
      series('xai', 'traffic_share', [0.9, 0.9, 0.9]), // no exclusivity series: left out
    ],
  };
}

describe('trafficUnderScope(recording, from, to) edges', () => {
  it('trafficUnderScope() cuts the span to the run and leaves out months without traffic', () => {
    const scopes = trafficUnderScope(recording(), -3, 100);
    // month 0: full 0.6, rofr 0.4; month 1: no traffic (skipped); month 2: none 0.5, rofr 0.5
    expect(Object.fromEntries(scopes)).toEqual({ none: 0.25, rofr: 0.45, inference: 0, full: 0.3, owned: 0 });
  });

  it('trafficUnderScope() leaves out a lab in a month its share or its scope is NaN, and divides by the month\'s total', () => {
    const r = recording();
    r.series[0].values[0] = 2; // openai 2 (full) of 2.4 in month 0
    r.series[3].values[2] = NaN; // meta's scope unknown in month 2: openai's 0.5 is all of it
    const scopes = trafficUnderScope(r, 0, 3);
    expect(scopes.get('full')).toBeCloseTo((2 / 2.4) / 2, 14);
    expect(scopes.get('rofr')).toBeCloseTo((0.4 / 2.4) / 2, 14);
    expect(scopes.get('none')).toBeCloseTo(1 / 2, 14);
  });

  it('trafficUnderScope() of a span without traffic is NaN for every scope', () => {
    const scopes = trafficUnderScope(recording(), 1, 2);
    expect([...scopes.keys()]).toEqual(SCOPE_ENTITIES);
    expect([...scopes.values()].every(Number.isNaN)).toBe(true);
  });

  it('SCOPE_ENTITIES are the four exclusivity levels, weakest first, then owned', () => {
    expect(SCOPE_ENTITIES).toEqual(['none', 'rofr', 'inference', 'full', 'owned']);
  });
});
