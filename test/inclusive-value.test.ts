/**
 * Tests of sim/inclusive-value.ts and its use in sim/choice.ts: a lab's weight carries bIV times
 * the log-sum of the cloud choice given that lab (nested logit), so a lab available on fewer
 * clouds is chosen less, computed once a month with no change to the hot loop.
 */
import { describe, expect, it } from 'vitest';
import { applyEvent } from '../sim/events/index.js';
import { applyInclusiveValue, inclusiveValues } from '../sim/inclusive-value.js';
import { updateChoiceTables } from '../sim/choice.js';
import { initWorld } from '../sim/init.js';
import { smallScenario } from './support/small-scenario.js';

describe('inclusiveValues', () => {
  it('inclusiveValues(cloudWeight, clouds) is ln Σ_k of each lab\'s cloud weights', () => {
    const values = inclusiveValues(Float64Array.of(1, 1, 2, 0, 0, 0), 2);
    expect(values[0]).toBeCloseTo(Math.log(2), 12);
    expect(values[1]).toBeCloseTo(Math.log(2), 12);
    expect(values[2]).toBe(-Infinity);
  });
});

describe('applyInclusiveValue', () => {
  it('applyInclusiveValue(labWeight, cloudWeight, clouds, 1) makes lab odds the ratio of their log-sums', () => {
    const labWeight = Float64Array.of(2, 2);
    applyInclusiveValue(labWeight, Float64Array.of(3, 1, 1, 1), 2, 1);
    expect(labWeight[1] / labWeight[0]).toBeCloseTo(2 / 4, 12);
    expect(labWeight[0]).toBe(2);
  });

  it('applyInclusiveValue(labWeight, cloudWeight, clouds, 0.5) raises the ratio to the power bIV', () => {
    const labWeight = Float64Array.of(1, 1);
    applyInclusiveValue(labWeight, Float64Array.of(3, 1, 1, 0), 2, 0.5);
    expect(labWeight[1] / labWeight[0]).toBeCloseTo(Math.sqrt(1 / 4), 12);
  });

  it('applyInclusiveValue(labWeight, cloudWeight, clouds, 0) leaves the weights alone', () => {
    const labWeight = Float64Array.of(1, 3);
    applyInclusiveValue(labWeight, Float64Array.of(3, 1, 1, 0), 2, 0);
    expect(Array.from(labWeight)).toEqual([1, 3]);
  });

  it('applyInclusiveValue() gives 0 to a lab no cloud can serve and keeps an inactive lab at 0', () => {
    const labWeight = Float64Array.of(1, 1, 0);
    applyInclusiveValue(labWeight, Float64Array.of(1, 1, 0, 0, 1, 1), 2, 1);
    expect(Array.from(labWeight)).toEqual([1, 0, 0]);
  });

  it('applyInclusiveValue() shifts by the largest inclusive value among labs of positive weight only', () => {
    // Lab 0 (weight 0, say inactive) has the larger log-sum, ln 8; the shift is lab 1's own ln 2.
    const labWeight = Float64Array.of(0, 1);
    applyInclusiveValue(labWeight, Float64Array.of(4, 4, 1, 1), 2, 1);
    expect(Array.from(labWeight)).toEqual([0, 1]);
  });
});

describe('updateChoiceTables with availability', () => {
  /** Lab weight of openai relative to deepmind's, in month 0, after `events`. */
  function openaiOdds(bIV: number, exclusivity: 'none' | 'full'): number {
    const scenario = smallScenario();
    scenario.population = { ...scenario.population, bIV };
    const world = initWorld(scenario, scenario.seed, 0);
    for (const cloud of ['aws', 'azure']) {
      if (exclusivity === 'full' && cloud === 'azure') continue;
      applyEvent(world, { kind: 'deal', date: '2016-01', cloud, lab: 'openai', compute: 0.5, months: 36, price: null, investment: 0, exclusivity, exitPenalty: null, public: true });
    }
    updateChoiceTables(world, world.choice);
    return world.choice.labWeight[0] / world.choice.labWeight[1];
  }

  it('updateChoiceTables(world) lowers the weight of a lab kept on one cloud by an exclusivity, only when bIV > 0', () => {
    expect(openaiOdds(1, 'full')).toBeLessThan(openaiOdds(1, 'none') * 0.95);
    expect(openaiOdds(0, 'full')).toBeCloseTo(openaiOdds(0, 'none'), 12);
  });
});
