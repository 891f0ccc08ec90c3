/**
 * Tests of sim/events/price-change.ts: a cloud's markup and list price, or a lab's API price, times a factor.
 */
import { describe, expect, it } from 'vitest';
import { smallScenario } from '../support/small-scenario.js';
import { applyAndDiff, worldAt } from './world-diff.js';

describe('applyEvent(world, price_change)', () => {
  it('applyEvent(world, price_change on a cloud) scales its markup and price, nothing else', () => {
    const w = worldAt(smallScenario(), 3);
    const { markup, price } = w.clouds[1];
    const { changed } = applyAndDiff(w, { kind: 'price_change', date: '2016-04', cloud: 'azure', lab: null, factor: 1.2 });
    expect(changed).toEqual(['clouds.azure.markup', 'clouds.azure.price']);
    expect(w.clouds[1].markup).toBeCloseTo(markup * 1.2, 12);
    expect(w.clouds[1].price).toBeCloseTo(price * 1.2, 12);
  });

  it('applyEvent(world, price_change on a lab) scales its API price only', () => {
    const w = worldAt(smallScenario(), 3);
    const price = w.labs[0].price;
    const { changed } = applyAndDiff(w, { kind: 'price_change', date: '2016-04', cloud: null, lab: 'openai', factor: 0.8 });
    expect(changed).toEqual(['labs.openai.price']);
    expect(w.labs[0].price).toBeCloseTo(price * 0.8, 12);
  });
});
