/**
 * Small closed forms pinned where the mutation sample found them loose: grid designs of one step
 * (sim/design.ts), the "did you mean" suggestion (sim/scenario/schema.ts), anchors' values at the
 * first month (sim/anchors.ts) and the capacity invariant's tolerance (sim/invariants.ts).
 */
import { describe, expect, it } from 'vitest';
import { valueAt } from '../sim/anchors.js';
import { gridValues, scale } from '../sim/design.js';
import { initWorld } from '../sim/init.js';
import { checkInvariants } from '../sim/invariants.js';
import type { Recording } from '../sim/recording.js';
import { knownKeyText } from '../sim/scenario/schema.js';
import { smallScenario } from './support/small-scenario.js';

describe('design grids', () => {
  it('gridValues() with one step is lo alone; with n steps, n evenly spaced values from lo to hi', () => {
    expect(gridValues({ path: 'p', lo: 0.25, hi: 4 }, 1)).toEqual([0.25]);
    expect(gridValues({ path: 'p', lo: 1, hi: 2 }, 3)).toEqual([1, 1.5, 2]);
    expect(gridValues({ path: 'p', lo: 1, hi: 4, integer: true }, 3)).toEqual([1, 3, 4]);
    expect(scale({ path: 'p', lo: 0, hi: 1 }, 1 / 3)).toBe(0.333333);
  });
});

describe('knownKeyText(key, known)', () => {
  it('knownKeyText() suggests the closest known key, else lists them all', () => {
    expect(knownKeyText('autonomi', ['voice', 'autonomy', 'autonomous'])).toBe('a known key (did you mean "autonomy"?)');
    expect(knownKeyText('Autonomy', ['autonomous', 'autonomy'])).toBe('a known key (did you mean "autonomy"?)');
    expect(knownKeyText('zzzzzz', ['voice', 'autonomy'])).toBe('one of the keys voice, autonomy');
    // within max(2, length / 3) edits only
    expect(knownKeyText('abc', ['xyz'])).toBe('one of the keys xyz');
    expect(knownKeyText('abcdefghi', ['abcxyzghi'])).toBe('a known key (did you mean "abcxyzghi"?)');
    expect(knownKeyText('abcdefghi', ['abwxyzghi'])).toBe('one of the keys abwxyzghi');
  });
});

describe('anchors', () => {
  const recording: Recording = {
    key: { scenario: 's', run: 0, seed: 1 }, dates: ['2016-01', '2016-02'], contracts: [], events: [],
    series: [{ entity: 'azure', metric: 'ai_revenue', values: Float64Array.from([2, 3]) }],
  };

  it('valueAt() reads the month (the first one too), times 12 when annualised; NaN outside the run', () => {
    expect(valueAt(recording, 'azure', 'ai_revenue', '2016-01')).toBe(2);
    expect(valueAt(recording, 'azure', 'ai_revenue', '2016-02', true)).toBe(36);
    expect(valueAt(recording, 'azure', 'ai_revenue', '2015-12')).toBeNaN();
  });
});

describe('checkInvariants(world): capacity', () => {
  it('checkInvariants() allows delivery up to capacity × (1 + 1e-9) + 1e-9, no more', () => {
    const w = initWorld(smallScenario(), 7, 0);
    w.labs[0].trafficShare = 0.5;
    w.labs[1].trafficShare = 0.5;
    w.clouds[0].capacity = 1000;
    w.clouds[0].delivered = 1000 * (1 + 1e-9) + 0.5e-9;
    expect(() => checkInvariants(w)).not.toThrow();
    w.clouds[0].delivered = 1000 * (1 + 1e-9) + 2e-9;
    expect(() => checkInvariants(w)).toThrow(/contracted compute <= capacity/);
  });
});
