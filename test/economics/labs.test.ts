/**
 * Labs' formulas pinned (sim/labs.ts): capability grows with compute^θ, training demand grows at
 * trainingGrowth while the budget pays for it and is otherwise held to what the budget affords by
 * a smooth constraint (no switch at funding 0). Each test kills a plausible mutation.
 */
import { describe, expect, it } from 'vitest';
import { initWorld } from '../../sim/init.js';
import { budgetedTraining, capabilityGain, computePrice, monthlyBudget, updateLabs } from '../../sim/labs.js';
import { step } from '../../sim/step.js';
import type { World } from '../../sim/world.js';
import { smallScenario } from '../support/small-scenario.js';

const OPENAI = 0;

function world(): World {
  const w = initWorld(smallScenario(), 7, 0);
  for (w.t = 0; w.t < 6; w.t++) step(w);
  return w;
}

describe('capabilityGain(growth, theta, computeHeld)', () => {
  it('capabilityGain() is growth * computeHeld^theta', () => {
    expect(capabilityGain(0.02, 0.5, 9)).toBeCloseTo(0.06, 15);
    expect(capabilityGain(0.02, 1, 9)).toBeCloseTo(0.18, 15);
    expect(capabilityGain(0.02, 0, 9)).toBeCloseTo(0.02, 15);
  });

  it('updateLabs() raises capability by capabilityGrowth * computeHeld^capabilityTheta (theta matters)', () => {
    const gains = [0.5, 0.9].map((theta) => {
      const w = world();
      w.params.capabilityTheta = theta;
      w.labs[OPENAI].computeHeld = 16;
      const before = w.labs[OPENAI].capability;
      updateLabs(w);
      return w.labs[OPENAI].capability - before;
    });
    expect(gains[0]).toBeCloseTo(0.02 * 4, 12);
    expect(gains[1]).toBeCloseTo(0.02 * Math.pow(16, 0.9), 12);
  });
});

describe('budgetedTraining(world, lab, inference)', () => {
  it('budgetedTraining() grows training by (1 + trainingGrowth)^(1/12) when the budget pays for it', () => {
    const w = world();
    w.labs[OPENAI].funding = 1e6;
    const training = w.labs[OPENAI].trainingDemand;
    expect(budgetedTraining(w, OPENAI, 0)).toBeCloseTo(training * Math.pow(1 + w.params.trainingGrowth, 1 / 12), 12);
  });

  it('budgetedTraining() holds training to what revenue + funding / runwayMonths buy at the market price', () => {
    const w = world();
    const lab = w.labs[OPENAI];
    lab.trainingDemand = 100;
    const price = computePrice(w, OPENAI);
    const active = w.clouds.filter((cloud) => cloud.active);
    expect(price).toBeCloseTo(active.reduce((a, cloud) => a + cloud.price, 0) / active.length, 15);
    lab.revenue = 0.01;
    lab.funding = ((100 + 5) * price - 0.01) * w.params.runwayMonths;
    expect(monthlyBudget(w, OPENAI)).toBeCloseTo(105 * price, 12);
    expect(budgetedTraining(w, OPENAI, 5)).toBeCloseTo(100, 9);
    lab.funding = ((99 + 5) * price - 0.01) * w.params.runwayMonths;
    expect(budgetedTraining(w, OPENAI, 5)).toBeCloseTo(99, 9);
  });

  it('budgetedTraining() falls by at most 1/runwayMonths a month when the lab cannot pay', () => {
    const w = world();
    const lab = w.labs[OPENAI];
    lab.trainingDemand = 100;
    lab.revenue = 0;
    lab.funding = -50;
    expect(budgetedTraining(w, OPENAI, 0)).toBeCloseTo(100 * (1 - 1 / w.params.runwayMonths), 12);
  });

  it('budgetedTraining() is continuous in funding around 0 (no switch)', () => {
    const w = world();
    const lab = w.labs[OPENAI];
    lab.trainingDemand = 100;
    lab.revenue = 0.3;
    const at = (funding: number) => {
      lab.funding = funding;
      return budgetedTraining(w, OPENAI, 0);
    };
    expect(Math.abs(at(1e-6) - at(-1e-6))).toBeLessThan(1e-3);
  });
});
