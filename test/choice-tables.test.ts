/**
 * updateChoiceTables (sim/choice.ts) against DESIGN §3.5's closed forms, computed by hand on the
 * month-5 world (aws, azure, gcp; openai, deepmind owned by gcp, anthropic inactive) with bIV = 0
 * so the inclusive value leaves the weights as they are (inclusive-value.test.ts covers it):
 * lab and cloud exp-weights, switching factors, Bass adoption with cross-imitation, the
 * reconsideration of a gone lab or cloud, and the routing hazard.
 */
import { describe, expect, it } from 'vitest';
import { createChoiceTables, updateChoiceTables } from '../sim/choice.js';
import type { World } from '../sim/world.js';
import { ANTHROPIC, AWS, AZURE, DEEPMIND, GCP, monthFiveWorld, OPENAI } from './support/hand-built-world.js';

const close = (actual: number, expected: number) => expect(actual).toBeCloseTo(expected, 12);

/** The month-5 world with distinct coefficients, prices and shares; no contracts. */
function world(): World {
  const w = monthFiveWorld();
  Object.assign(w.populationSpec, {
    bK: 1.5, bP: 0.7, bV: 0.3, bN: 2, bA: 1.2, bD: 0.8, bIV: 0, routingDiscount: 2, crossImitation: 0.4, routingP: 0.03, routingQ: 0.5,
  });
  w.params.availabilityFloor = 0.2;
  Object.assign(w.labs[OPENAI], { capability: 1.2, price: 1, verticalization: 0.1, trafficShare: 0.6 });
  Object.assign(w.labs[DEEPMIND], { capability: 1.5, price: 2, verticalization: 0.5, trafficShare: 0.4 });
  Object.assign(w.labs[ANTHROPIC], { capability: 9, price: 100 });
  w.clouds.forEach((cloud, k) => Object.assign(cloud, {
    narrative: [0.5, 0.3, 0.2][k], price: [0.2, 0.3, 0.4][k], devShare: [0.6, 0.3, 0.1][k], unmet: 0,
  }));
  return w;
}

describe('updateChoiceTables(world, tables)', () => {
  it('labWeight is exp(bK·capability/max − bP·price/mean price − bV·verticalization) over active labs; 0 for an inactive one', () => {
    const w = world();
    const t = createChoiceTables(3, 3);
    updateChoiceTables(w, t);
    close(t.labWeight[OPENAI], Math.exp(1.5 * (1.2 / 1.5) - 0.7 * (1 / 1.5) - 0.3 * 0.1));
    close(t.labWeight[DEEPMIND], Math.exp(1.5 - 0.7 * (2 / 1.5) - 0.3 * 0.5));
    expect(t.labWeight[ANTHROPIC]).toBe(0);
  });

  it('cloudWeight is exp(bN·narrative + bA·ln(½ availability of the lab + ½ of the frontier) − bP·price/mean + bD·devShare)', () => {
    const w = world();
    const t = createChoiceTables(3, 3);
    updateChoiceTables(w, t);
    // No contracts: openai is at the floor everywhere; deepmind at 1 on its owner gcp; the frontier is their traffic-weighted mean.
    const frontier = [0.2, 0.2, 0.6 * 0.2 + 0.4 * 1];
    const labAvailability = [[0.2, 0.2, 0.2], [0.2, 0.2, 1]];
    for (const lab of [OPENAI, DEEPMIND]) {
      w.clouds.forEach((cloud, k) => {
        const access = 0.5 * labAvailability[lab][k] + 0.5 * frontier[k];
        close(t.cloudWeight[lab * 3 + k], Math.exp(2 * cloud.narrative + 1.2 * Math.log(access) - 0.7 * (cloud.price / 0.3) + 0.8 * cloud.devShare));
      });
    }
    w.clouds[GCP].active = false;
    updateChoiceTables(w, t);
    expect(t.cloudWeight[OPENAI * 3 + GCP], 'an inactive cloud').toBe(0);
    const access = 0.5 * 0.2 + 0.5 * 0.2;
    close(t.cloudWeight[OPENAI * 3 + AWS], Math.exp(2 * 0.5 + 1.2 * Math.log(access) - 0.7 * (0.2 / 0.25) + 0.8 * 0.6));
  });

  it('mean prices are over active entities, and 1 when there are none or they are not positive', () => {
    const w = world();
    for (const cloud of w.clouds) cloud.price = 0;
    w.labs[OPENAI].price = 0;
    w.labs[DEEPMIND].price = 0;
    w.populationSpec.bP = 1;
    const t = createChoiceTables(3, 3);
    updateChoiceTables(w, t);
    close(t.labWeight[OPENAI], Math.exp(1.5 * (1.2 / 1.5) - 0.3 * 0.1));
    close(t.cloudWeight[OPENAI * 3 + GCP], Math.exp(2 * 0.2 + 1.2 * Math.log(0.5 * 0.2 + 0.5 * 0.52) + 0.8 * 0.1));
    w.labs[OPENAI].price = 3;
    w.labs[DEEPMIND].active = false;
    updateChoiceTables(w, t);
    close(t.labWeight[OPENAI], Math.exp(1.5 - 1 * (3 / 3) - 0.3 * 0.1));
    w.labs[OPENAI].active = false;
    for (const cloud of w.clouds) cloud.active = false;
    updateChoiceTables(w, t);
    expect(Array.from(t.labWeight)).toEqual([0, 0, 0]);
  });

  it('switching factors are exp(labSwitchCost), exp(labSwitchCost / routingDiscount) for routers, exp(cloudSwitchCost)', () => {
    const w = world();
    const t = createChoiceTables(3, 3);
    updateChoiceTables(w, t);
    (['developer', 'startup', 'enterprise'] as const).forEach((name, type) => {
      const spec = w.populationSpec.types[name];
      close(t.labStay[type * 2], Math.exp(spec.labSwitchCost));
      close(t.labStay[type * 2 + 1], Math.exp(spec.labSwitchCost / 2));
      close(t.cloudStay[type], Math.exp(spec.cloudSwitchCost));
    });
  });

  it('adopt[t] is 1 − exp(−(p + q·x)/12): developers imitate themselves, the others (1 − c)·own + c·developers', () => {
    const w = world();
    w.population.typeSize.set([100, 50, 0]);
    w.population.adopted.set([20, 5, 0]);
    const t = createChoiceTables(3, 3);
    updateChoiceTables(w, t);
    const types = w.populationSpec.types;
    close(t.adopt[0], 1 - Math.exp(-(types.developer.bassP + types.developer.bassQ * 0.2) / 12));
    close(t.adopt[1], 1 - Math.exp(-(types.startup.bassP + types.startup.bassQ * (0.6 * 0.1 + 0.4 * 0.2)) / 12));
    close(t.adopt[2], 1 - Math.exp(-(types.enterprise.bassP + types.enterprise.bassQ * (0.4 * 0.2)) / 12));
    // Counts below 1 are divided by 1.
    w.population.typeSize.set([0.5, 0.5, 0.5]);
    w.population.adopted.set([0.25, 0.25, 0]);
    updateChoiceTables(w, t);
    close(t.adopt[0], 1 - Math.exp(-(types.developer.bassP + types.developer.bassQ * 0.25) / 12));
  });

  it('reconsider is 1 − exp(−(−ln(1 − hazard) + unmetHazard·unmet)), 1 for a gone lab or cloud, the hazard capped below 1', () => {
    const w = world();
    w.populationSpec.unmetHazard = 0.5;
    w.labs[OPENAI].unmetDemand = 0.2;
    w.clouds[AWS].unmet = 0.1;
    w.clouds[GCP].active = false;
    w.populationSpec.types.enterprise.hazard = 1;
    const t = createChoiceTables(3, 3);
    updateChoiceTables(w, t);
    const at = (type: number, lab: number, cloud: number) => t.reconsider[(type * 3 + lab) * 3 + cloud];
    const rate = -Math.log(1 - w.populationSpec.types.developer.hazard);
    close(at(0, OPENAI, AWS), 1 - Math.exp(-(rate + 0.5 * 0.3)));
    close(at(0, OPENAI, AZURE), 1 - Math.exp(-(rate + 0.5 * 0.2)));
    close(at(0, DEEPMIND, AWS), 1 - Math.exp(-(rate + 0.5 * 0.1)));
    expect(at(0, OPENAI, GCP)).toBe(1);
    expect(at(1, ANTHROPIC, AWS)).toBe(1);
    // hazard 1 is capped at 1 − 1e-12: a finite rate, a probability just under 1 (not NaN).
    close(at(2, DEEPMIND, AZURE), 1 - Math.exp(-(-Math.log(1e-12))));
    expect(at(2, DEEPMIND, AZURE)).toBeLessThan(1);
  });

  it('startRouting is 1 − exp(−(routingP + routingQ·routers/adopters)/12), with share 0 when no one has adopted', () => {
    const w = world();
    w.population.adopted.set([30, 10, 0]);
    w.population.routers = 8;
    const t = createChoiceTables(3, 3);
    updateChoiceTables(w, t);
    close(t.startRouting, 1 - Math.exp(-(0.03 + 0.5 * (8 / 40)) / 12));
    w.population.adopted.fill(0);
    updateChoiceTables(w, t);
    close(t.startRouting, 1 - Math.exp(-0.03 / 12));
  });
});
