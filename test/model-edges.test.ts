/**
 * Edge states of the model's per-month functions, on the hand-built month-5 world (aws, azure,
 * gcp; openai, deepmind owned by gcp, anthropic inactive): an owner of index 0, a lab with no
 * compute hosted anywhere, and the other boundaries the mutation sample found loose.
 */
import { describe, expect, it } from 'vitest';
import { availability } from '../sim/availability.js';
import { signContract } from '../sim/contracts.js';
import { computePrice, updateTrafficShares } from '../sim/labs.js';
import { hostingShares } from '../sim/narrative.js';
import type { Scope, World } from '../sim/world.js';
import { ANTHROPIC, AWS, AZURE, DEEPMIND, GCP, marketTerms, monthFiveWorld, OPENAI } from './support/hand-built-world.js';

const row = (a: Float64Array, lab: number) => [...a.slice(lab * 3, lab * 3 + 3)];
const sign = (w: World, cloud: number, lab: number, exclusivity: Scope) => signContract(w, marketTerms({ cloud, lab, exclusivity }));

describe('availability(world) with an owner of index 0', () => {
  it('availability() is 1 on the owner aws (index 0), even when the lab is bound exclusively elsewhere', () => {
    const w = monthFiveWorld();
    w.params.availabilityFloor = 0.2;
    w.labs[DEEPMIND].ownerIndex = AWS;
    expect(row(availability(w).lab, DEEPMIND)).toEqual([1, 0.2, 0.2]);
    sign(w, AZURE, DEEPMIND, 3);
    expect(row(availability(w).lab, DEEPMIND)).toEqual([1, 1, 0.2]);
  });

  it('availability() of a lab bound exclusively to aws (index 0) is the floor elsewhere', () => {
    const w = monthFiveWorld();
    w.params.availabilityFloor = 0.2;
    sign(w, AZURE, OPENAI, 0);
    sign(w, AWS, OPENAI, 2);
    expect(row(availability(w).lab, OPENAI)).toEqual([1, 0.2, 0.2]);
  });
});

describe('hostingShares(world) with a lab hosted nowhere', () => {
  it('hostingShares() counts nothing (not NaN) for an active lab with no public delivery, no owner and no own compute', () => {
    const w = monthFiveWorld();
    Object.assign(w.labs[OPENAI], { trafficShare: 0.5, computeDemand: 2, cloudDemand: 2 });
    Object.assign(w.labs[DEEPMIND], { trafficShare: 0.5, computeDemand: 2, cloudDemand: 2 });
    const shares = hostingShares(w);
    expect(shares).toEqual([0, 0, 0.5]);
    expect(w.labs[DEEPMIND].ownerIndex).toBe(GCP);
  });
});

describe('labs at the edges', () => {
  it('computePrice() of a lab owned by aws (index 0) is aws\'s unit cost; with no active cloud it is 0, not 0/0', () => {
    const w = monthFiveWorld();
    w.labs[OPENAI].ownerIndex = AWS;
    w.clouds[AWS].unitCost = 0.125;
    expect(computePrice(w, OPENAI)).toBe(0.125);
    for (const cloud of w.clouds) cloud.active = false;
    expect(computePrice(w, DEEPMIND)).toBe(w.clouds[GCP].unitCost);
    w.labs[DEEPMIND].ownerIndex = -1;
    expect(computePrice(w, DEEPMIND)).toBe(0);
  });

  it('updateTrafficShares() with an infinite capability gives that lab every consumer (log space from the largest finite number)', () => {
    const w = monthFiveWorld();
    w.population.labCounts.fill(0);
    w.params.consumerSharpness = 2;
    Object.assign(w.labs[OPENAI], { capability: Infinity, consumerAppeal: 1 });
    Object.assign(w.labs[DEEPMIND], { capability: 5, consumerAppeal: 1 });
    updateTrafficShares(w);
    expect(w.labs.map((lab) => lab.consumerShare)).toEqual([1, 0, 0]);
    expect(w.labs[ANTHROPIC].active).toBe(false);
  });
});
