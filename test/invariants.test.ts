/**
 * Tests of sim/invariants.ts: DESIGN §3's invariants hold after every step over random seeds,
 * parameters and population sizes (a fast-check property), and checkInvariants names the month and
 * the invariant when a world is corrupted.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addMonths } from '../sim/dates.js';
import { checkInvariants } from '../sim/invariants.js';
import { NONE } from '../sim/population.js';
import { step } from '../sim/step.js';
import { initWorld } from '../sim/init.js';
import { invariantError, sixMonthWorld } from './support/invariant-world.js';
import { smallScenario } from './support/small-scenario.js';

const perturbation = fc.record({
  seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
  months: fc.integer({ min: 36, max: 60 }),
  agents: fc.integer({ min: 500, max: 3000 }),
  lambda: fc.double({ min: 0, max: 1, noNaN: true }),
  alpha: fc.double({ min: 0.5, max: 4, noNaN: true }),
  bargainingNoise: fc.double({ min: 0, max: 0.1, noNaN: true }),
  denialWeight: fc.double({ min: 0, max: 3, noNaN: true }),
  autonomy: fc.double({ min: 0, max: 2, noNaN: true }),
  capacity: fc.double({ min: 0.05, max: 5, noNaN: true }),
  enterMonth: fc.integer({ min: 0, max: 35 }),
});

describe('checkInvariants(world)', () => {
  it('checkInvariants(world) passes after every step over seeds, parameters and population sizes', () => {
    fc.assert(
      fc.property(perturbation, (p) => {
        const base = smallScenario();
        const scenario = smallScenario({
          seed: p.seed,
          end: addMonths(base.start, p.months - 1),
          params: { ...base.params, lambda: p.lambda, alpha: p.alpha, bargainingNoise: p.bargainingNoise },
          population: { ...base.population, agents: p.agents },
          clouds: base.clouds.map((cloud) => ({ ...cloud, denialWeight: p.denialWeight, capacity: cloud.capacity * p.capacity })),
          labs: base.labs.map((lab) => ({ ...lab, autonomy: p.autonomy })),
        }, [{ kind: 'enter', date: addMonths(base.start, p.enterMonth), entity: 'anthropic' }]);
        const world = initWorld(scenario, p.seed, 0);
        for (world.t = 0; world.t < world.dates.length; world.t++) {
          step(world);
          checkInvariants(world);
        }
      }),
      { numRuns: 25, seed: 20160101 },
    );
  });
});

describe('checkInvariants(corrupted world)', () => {
  it('checkInvariants(world) throws "narrative shares sum to 1" when they do not', () => {
    const w = sixMonthWorld();
    w.clouds[0].narrative += 0.01;
    const error = invariantError(w);
    expect(error).toMatchObject({ date: '2016-06', invariant: 'narrative shares sum to 1' });
    expect(error.message).toContain('2016-06');
    expect(error.message).toContain('narrative shares sum to 1');
  });

  it('checkInvariants(world) throws "no NaN or infinity" for a NaN capacity, naming the entity', () => {
    const w = sixMonthWorld();
    w.clouds[1].capacity = NaN;
    const error = invariantError(w);
    expect(error).toMatchObject({ date: '2016-06', invariant: 'no NaN or infinity' });
    expect(error.detail).toContain('azure.capacity');
  });

  it('checkInvariants(world) throws "no NaN or infinity" for an infinite lab value', () => {
    const w = sixMonthWorld();
    w.labs[0].funding = -Infinity;
    expect(invariantError(w)).toMatchObject({ invariant: 'no NaN or infinity' });
  });

  it('checkInvariants(world) throws "contracted compute <= capacity" when a cloud delivers more than it has', () => {
    const w = sixMonthWorld();
    const cloud = w.clouds.find((c) => c.delivered > 0)!;
    cloud.delivered = cloud.capacity * 1.01;
    const error = invariantError(w);
    expect(error).toMatchObject({ date: '2016-06', invariant: 'contracted compute <= capacity' });
    expect(error.detail).toContain(cloud.id);
  });

  it('checkInvariants(world) throws "money conserved" when a cloud books what no lab paid', () => {
    const w = sixMonthWorld();
    w.clouds[0].labRevenue += 0.5;
    expect(invariantError(w)).toMatchObject({ date: '2016-06', invariant: 'money conserved' });
  });

  it('checkInvariants(world) throws "population choices are valid" for an agent on cloud 200', () => {
    const w = sixMonthWorld();
    const agent = w.population.lab.findIndex((lab) => lab !== NONE);
    expect(agent).toBeGreaterThanOrEqual(0);
    w.population.cloud[agent] = 200;
    const error = invariantError(w);
    expect(error).toMatchObject({ date: '2016-06', invariant: 'population choices are valid' });
    expect(error.detail).toContain(`agent ${agent}`);
  });

  it('checkInvariants(world) throws "population choices are valid" for an agent with a cloud but no lab', () => {
    const w = sixMonthWorld();
    const agent = w.population.lab.findIndex((lab) => lab !== NONE);
    w.population.lab[agent] = NONE;
    expect(invariantError(w)).toMatchObject({ invariant: 'population choices are valid' });
  });

  it('checkInvariants(world) throws "traffic shares sum to 1" when they do not', () => {
    const w = sixMonthWorld();
    w.labs[0].trafficShare *= 0.5;
    expect(invariantError(w)).toMatchObject({ date: '2016-06', invariant: 'traffic shares sum to 1' });
  });
});

describe('checkInvariants(world) at its edges', () => {
  it('checkInvariants(world) throws "shares are non-negative" for a negative share that still sums to 1', () => {
    const w = sixMonthWorld();
    const moved = w.clouds[0].narrative + 0.1;
    w.clouds[0].narrative -= moved;
    w.clouds[1].narrative += moved;
    const error = invariantError(w);
    expect(error).toMatchObject({ date: '2016-06', invariant: 'shares are non-negative' });
    expect(error.detail).toBe(`aws narrative share is ${w.clouds[0].narrative}`);
    expect(error.name).toBe('InvariantError');
    expect(error.message).toBe(`2016-06: invariant "shares are non-negative" broken: ${error.detail}`);
  });

  it('checkInvariants(world) passes sums and capacities off by less than the 1e-9 tolerance', () => {
    const w = sixMonthWorld();
    w.clouds[0].narrative += 5e-10;
    w.labs[0].trafficShare += 5e-10;
    const cloud = w.clouds.find((c) => c.delivered > 0)!;
    cloud.delivered = cloud.capacity * (1 + 5e-10);
    expect(() => checkInvariants(w)).not.toThrow();
  });

  it('checkInvariants(world) ignores the shares of an inactive lab', () => {
    const w = sixMonthWorld();
    const inactive = w.labs.find((lab) => !lab.active)!;
    inactive.trafficShare = 0.5;
    expect(() => checkInvariants(w)).not.toThrow();
  });

  it('checkInvariants(world) names the sums it found when shares do not add up', () => {
    const w = sixMonthWorld();
    w.labs[0].trafficShare += 0.25;
    expect(invariantError(w).detail).toMatch(/^they sum to 1\.2(4|5)\d*$/);
  });

  it('checkInvariants(world) throws "population choices are valid" for an agent on lab index labs.length', () => {
    const w = sixMonthWorld();
    const agent = w.population.lab.findIndex((lab) => lab !== NONE);
    w.population.lab[agent] = w.labs.length;
    const error = invariantError(w);
    expect(error).toMatchObject({ invariant: 'population choices are valid' });
    expect(error.detail).toBe(`agent ${agent} chose cloud ${w.population.cloud[agent]}, lab ${w.labs.length}`);
  });
});
