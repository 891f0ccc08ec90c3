/**
 * initWorld() (sim/init.ts) on the small scenario: month 0's entities from their specs (an
 * inactive cloud starts with no narrative share, price = unit cost x markup, an owned lab's
 * funding is its owner's balance sheet, training demand = compute demand x trainingShare), the
 * events scheduled by month index, and fresh books (no contracts, no log, the full policy scope).
 */
import { describe, expect, it } from 'vitest';
import { initWorld } from '../sim/init.js';
import { cloud, smallScenario } from './support/small-scenario.js';

describe('initWorld(scenario, seed, run)', () => {
  const base = smallScenario();
  const scenario = smallScenario({
    clouds: [...base.clouds, cloud('oracle', { active: false, narrativeShare: 0.4, initialBuilderShare: 0.5, unitCost: 0.005, markup: 1.2, balanceSheet: 7 })],
    params: { ...base.params, trainingShare: 0.75 },
  }, [
    { kind: 'enter', date: '2016-03', entity: 'anthropic' },
    { kind: 'exit', date: '2016-03', entity: 'aws' },
    { kind: 'enter', date: '2019-12', entity: 'oracle' },
  ] as never);
  const w = initWorld(scenario, 42, 3);

  it('initWorld() keeps the seed, the run and one date per month', () => {
    expect([w.seed, w.run, w.t]).toEqual([42, 3, 0]);
    expect(w.dates).toHaveLength(48);
    expect([w.dates[0], w.dates[47]]).toEqual(['2016-01', '2019-12']);
  });

  it('initWorld() gives an inactive cloud no narrative share and every cloud its list price', () => {
    const oracle = w.clouds[3];
    expect(oracle).toMatchObject({ id: 'oracle', index: 3, active: false, narrative: 0, balanceSheet: 7 });
    expect(oracle.price).toBeCloseTo(0.006, 15);
    expect(w.clouds.slice(0, 3).map((c) => c.narrative)).toEqual([0.5, 0.3, 0.2]);
  });

  it('initWorld() gives an owned lab its owner\'s balance sheet as funding, and others their own', () => {
    const deepmind = w.labs[1];
    expect(deepmind.ownerIndex).toBe(2);
    expect(deepmind.funding).toBe(scenario.clouds[2].balanceSheet);
    expect(w.labs[0]).toMatchObject({ ownerIndex: -1, funding: scenario.labs[0].funding, primaryCloud: -1 });
  });

  it('initWorld() sets training demand to computeDemand x trainingShare', () => {
    expect(w.labs.map((l) => l.trainingDemand)).toEqual(scenario.labs.map((l) => l.computeDemand * 0.75));
  });

  it('initWorld() schedules each event at its month index', () => {
    expect(w.schedule).toHaveLength(48);
    expect(w.schedule[2].map((e) => e.kind)).toEqual(['enter', 'exit']);
    expect(w.schedule[47].map((e) => e.kind)).toEqual(['enter']);
    expect(w.schedule.filter((events) => events.length > 0)).toHaveLength(2);
  });

  it('initWorld() opens with empty books, the strongest scope allowed and the supply unshocked', () => {
    expect(w.contracts).toEqual([]);
    expect(w.log).toEqual([]);
    expect(w.stormoffs).toEqual([]);
    expect(w.forbidden.size).toBe(0);
    expect([w.maxExclusivity, w.supplyFactor]).toEqual([3, 1]);
    expect(w.params).toEqual(scenario.params);
    expect(w.params).not.toBe(scenario.params);
    expect(w.aiMarket).toBeGreaterThan(0);
  });

  it('initWorld() gives an inactive cloud no builders', () => {
    const k = 3;
    const K = w.clouds.length;
    for (let t = 0; t < 3; t++) expect(w.population.cloudCounts[t * K + k]).toBe(0);
  });
});
