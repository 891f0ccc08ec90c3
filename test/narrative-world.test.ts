/**
 * The world-level narrative functions of sim/narrative.ts on hand-built worlds: hostingShares
 * (traffic-weighted share of each lab's compute publicly hosted per cloud), updateNarrative (the
 * target of hosting, developer and enterprise shares plus storm-off offsets, λ of the way) and
 * shiftNarrative's destinations. Small scenario: aws, azure, gcp; openai, deepmind (owned by gcp),
 * anthropic (inactive).
 */
import { describe, expect, it } from 'vitest';
import { signContract } from '../sim/contracts.js';
import { initWorld } from '../sim/init.js';
import { hostingShares, narrativeTarget, normalize, shiftNarrative, updateNarrative } from '../sim/narrative.js';
import type { World } from '../sim/world.js';
import { smallScenario } from './support/small-scenario.js';
import { ANTHROPIC, AWS, AZURE, DEEPMIND, GCP, OPENAI, monthFiveWorld } from './support/hand-built-world.js';

const world = monthFiveWorld;

function deliver(w: World, cloud: number, lab: number, delivered: number, isPublic = true) {
  const c = signContract(w, {
    cloud, lab, months: 12, compute: delivered, price: 0, investment: 0, upfront: false, exclusivity: 0,
    exitPenalty: 0, public: isPublic, origin: 'market', internal: false, labValue: 0,
  });
  c.delivered = delivered;
  return c;
}

const demand = (w: World, lab: number, compute: number, cloud: number) =>
  Object.assign(w.labs[lab], { computeDemand: compute, cloudDemand: cloud });

describe('hostingShares(world)', () => {
  it('hostingShares() weights each lab\'s publicly delivered compute per cloud by its traffic share', () => {
    const w = world();
    Object.assign(w.labs[OPENAI], { trafficShare: 0.6 });
    Object.assign(w.labs[DEEPMIND], { trafficShare: 0.4 });
    demand(w, OPENAI, 4, 4);
    demand(w, DEEPMIND, 2, 2);
    deliver(w, AWS, OPENAI, 3);
    deliver(w, AZURE, OPENAI, 1);
    deliver(w, AZURE, OPENAI, 5, false);
    deliver(w, GCP, OPENAI, 0);
    const ended = deliver(w, GCP, OPENAI, 7);
    ended.status = 'expired';
    deliver(w, AZURE, DEEPMIND, 2);
    const shares = hostingShares(w);
    expect(shares[AWS]).toBeCloseTo(0.6 * 0.75, 12);
    expect(shares[AZURE]).toBeCloseTo(0.6 * 0.25 + 0.4, 12);
    expect(shares[GCP]).toBe(0);
  });

  it('hostingShares() counts an owned lab with no public contract on its owner, and self-built compute on no cloud', () => {
    const w = world();
    Object.assign(w.labs[OPENAI], { trafficShare: 0.5 });
    Object.assign(w.labs[DEEPMIND], { trafficShare: 0.5 });
    Object.assign(w.labs[ANTHROPIC], { trafficShare: 0.9 });
    deliver(w, AWS, ANTHROPIC, 5);
    // openai: 3 delivered by aws, 1 of its 4 kGPU of demand self-built.
    demand(w, OPENAI, 4, 3);
    deliver(w, AWS, OPENAI, 3);
    demand(w, DEEPMIND, 2, 2);
    const shares = hostingShares(w);
    expect(shares[AWS]).toBeCloseTo(0.5 * 0.75, 12);
    expect(shares[GCP]).toBeCloseTo(0.5, 12);
    expect(shares[AZURE]).toBe(0);
    // The owned lab building half its compute itself: half of it counts on its owner.
    demand(w, DEEPMIND, 2, 1);
    expect(hostingShares(w)[GCP]).toBeCloseTo(0.5 * (1 / 2), 12);
  });
});

describe('updateNarrative(world)', () => {
  it('updateNarrative() moves λ of the way to normalize(target + storm-off offsets)', () => {
    const w = world();
    Object.assign(w.params, { lambda: 0.2, wL: 0.5, wD: 0.3, wE: 0.2, alpha: 2 });
    w.clouds.forEach((cloud, k) => Object.assign(cloud, {
      narrative: [0.5, 0.3, 0.2][k], devShare: [0.6, 0.4, 0][k], enterpriseShare: [0.2, 0.3, 0.5][k], stormoff: [0, -0.1, 0.05][k],
    }));
    w.labs[OPENAI].trafficShare = 1;
    w.labs[DEEPMIND].trafficShare = 0;
    demand(w, OPENAI, 2, 2);
    deliver(w, AZURE, OPENAI, 2);
    const target = narrativeTarget([0, 1, 0], [0.6, 0.4, 0], [0.2, 0.3, 0.5], w.params);
    const offset = normalize(target.map((v, k) => v + [0, -0.1, 0.05][k]));
    updateNarrative(w);
    [0.5, 0.3, 0.2].forEach((n, k) => expect(w.clouds[k].narrative).toBeCloseTo(0.8 * n + 0.2 * offset[k], 12));
  });

  it('updateNarrative() normalises each input over active clouds, uses current shares for an all-zero input, and zeroes inactive clouds', () => {
    const w = world();
    Object.assign(w.params, { lambda: 0.5, wL: 0.5, wD: 0.25, wE: 0.25, alpha: 1 });
    w.clouds.forEach((cloud, k) => Object.assign(cloud, {
      narrative: [0.6, 0.4, 0][k], devShare: [1, 1, 5][k], enterpriseShare: [0, 0, 0][k], stormoff: 0,
    }));
    w.clouds[GCP].active = false;
    w.labs[OPENAI].trafficShare = 0;
    w.labs[DEEPMIND].trafficShare = 0;
    // no hosting and no enterprise share: both fall back to the current narrative [0.6, 0.4, 0].
    const target = narrativeTarget([0.6, 0.4, 0], [0.5, 0.5, 0], [0.6, 0.4, 0], w.params);
    updateNarrative(w);
    expect(w.clouds[AWS].narrative).toBeCloseTo(0.5 * 0.6 + 0.5 * target[0], 12);
    expect(w.clouds[AZURE].narrative).toBeCloseTo(0.5 * 0.4 + 0.5 * target[1], 12);
    expect(w.clouds[GCP].narrative).toBe(0);
  });
});

describe('shiftNarrative(world, from, amount, to)', () => {
  it('shiftNarrative() to a cloud moves the whole amount there; to -1 it spreads it over other active clouds by share', () => {
    const w = world();
    w.clouds.forEach((cloud, k) => (cloud.narrative = [0.5, 0.3, 0.2][k]));
    expect(shiftNarrative(w, AWS, 0.1, GCP)).toBeCloseTo(0.1, 12);
    expect(w.clouds.map((c) => c.narrative)).toEqual([0.4, 0.3, expect.closeTo(0.3, 12)]);
    expect(shiftNarrative(w, AWS, -1)).toBe(0);
    shiftNarrative(w, AWS, 0.2);
    expect(w.clouds[AZURE].narrative).toBeCloseTo(0.3 + 0.2 * 0.5, 12);
    expect(w.clouds[GCP].narrative).toBeCloseTo(0.3 + 0.2 * 0.5, 12);
    w.clouds[GCP].active = false;
    shiftNarrative(w, AWS, 0.1);
    expect(w.clouds[AZURE].narrative).toBeCloseTo(0.5, 12);
    expect(w.clouds[AWS].narrative).toBeCloseTo(0.1, 12);
  });

  it('shiftNarrative() spreads equally when the other active clouds hold no share', () => {
    const w = world();
    w.clouds.forEach((cloud, k) => (cloud.narrative = [1, 0, 0][k]));
    shiftNarrative(w, AWS, 0.4);
    expect(w.clouds[AZURE].narrative).toBeCloseTo(0.2, 12);
    expect(w.clouds[GCP].narrative).toBeCloseTo(0.2, 12);
  });
});

describe('owners and cloud 0', () => {
  it('hostingShares() counts a lab owned by cloud 0 on it, and an owned lab with public contracts where they deliver', () => {
    const s = smallScenario();
    s.labs[0] = { ...s.labs[0], owner: 'aws' };
    const w = initWorld(s, 7, 0);
    Object.assign(w.labs[OPENAI], { trafficShare: 0.5 });
    Object.assign(w.labs[DEEPMIND], { trafficShare: 0.5 });
    demand(w, OPENAI, 2, 2);
    demand(w, DEEPMIND, 2, 2);
    deliver(w, AZURE, DEEPMIND, 2);
    const shares = hostingShares(w);
    expect(shares[AWS]).toBeCloseTo(0.5, 12);
    expect(shares[AZURE]).toBeCloseTo(0.5, 12);
    expect(shares[GCP]).toBe(0);
  });

  it('shiftNarrative() to cloud 0 moves the amount there', () => {
    const w = world();
    w.clouds.forEach((cloud, k) => (cloud.narrative = [0.2, 0.5, 0.3][k]));
    shiftNarrative(w, AZURE, 0.1, AWS);
    expect(w.clouds.map((c) => c.narrative)).toEqual([expect.closeTo(0.3, 12), 0.4, 0.3]);
  });
});
