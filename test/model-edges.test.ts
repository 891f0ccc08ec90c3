/**
 * Edge states of the model's per-month functions, on the hand-built month-5 world (aws, azure,
 * gcp; openai, deepmind owned by gcp, anthropic inactive): an owner of index 0, a lab with no
 * compute hosted anywhere, and the other boundaries the mutation sample found loose.
 */
import { describe, expect, it } from 'vitest';
import { availability } from '../sim/availability.js';
import { signContract } from '../sim/contracts.js';
import { computePrice, updateTrafficShares } from '../sim/labs.js';
import { countChoices, createPopulation, NONE, type Population } from '../sim/population.js';
import { arrange, swapAgents } from '../sim/population-order.js';
import { createRng } from '../sim/rng.js';
import { POPULATION_DEFAULTS } from '../sim/scenario/defaults.js';
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

describe('countChoices(population)', () => {
  it('countChoices() recounts type sizes, adopters per (type, lab, cloud), per (type, cloud), per (type, lab), per type, and routers', () => {
    const spec = { ...structuredClone(POPULATION_DEFAULTS), agents: 6 };
    const p = createPopulation(spec, 2, 3, createRng(1, 'init'));
    // agents: type, lab, cloud, routes
    const agents = [[0, 1, 0, 1], [0, NONE, NONE, 0], [1, 2, 1, 0], [1, 2, 1, 1], [2, 0, 1, 0], [0, 1, 1, 0]];
    agents.forEach(([type, lab, cloud, routes], i) => {
      p.type[i] = type; p.lab[i] = lab; p.cloud[i] = cloud; p.routes[i] = routes;
    });
    p.routes[1] = 1; // a non-adopter's flag is not counted
    countChoices(p);
    expect(Array.from(p.typeSize)).toEqual([3, 2, 1]);
    expect(Array.from(p.adopted)).toEqual([2, 2, 1]);
    expect(p.routers).toBe(2);
    const cells = new Array(3 * 3 * 2).fill(0);
    cells[(0 * 3 + 1) * 2 + 0] = 1;
    cells[(0 * 3 + 1) * 2 + 1] = 1;
    cells[(1 * 3 + 2) * 2 + 1] = 2;
    cells[(2 * 3 + 0) * 2 + 1] = 1;
    expect(Array.from(p.cellCounts)).toEqual(cells);
    expect(Array.from(p.cloudCounts)).toEqual([1, 1, 0, 2, 0, 1]);
    expect(Array.from(p.labCounts)).toEqual([0, 2, 0, 0, 0, 2, 1, 0, 0]);
  });
});

describe('arrange(population) and swapAgents()', () => {
  /** Six agents on 2 clouds and 3 labs, each tagged: home = its number, preference rows 10·i + k. */
  function tagged(agents: number[][]): Population {
    const spec = { ...structuredClone(POPULATION_DEFAULTS), agents: agents.length };
    const p = createPopulation(spec, 2, 3, createRng(1, 'init'));
    agents.forEach(([type, lab, cloud, routes], i) => {
      p.type[i] = type; p.lab[i] = lab; p.cloud[i] = cloud; p.routes[i] = routes; p.home[i] = i;
      for (let k = 0; k < 2; k++) p.prefCloud[i * 2 + k] = 10 * i + k;
      for (let j = 0; j < 3; j++) p.prefLab[i * 3 + j] = 100 + 10 * i + j;
    });
    return p;
  }

  it('arrange() sorts agents by type, adopters first, stably, moving every per-agent array, and sets typeStart and adoptedEnd', () => {
    // type, lab, cloud, routes: no startups at all.
    const p = tagged([[2, 0, 1, 0], [0, NONE, NONE, 0], [0, 1, 0, 1], [2, NONE, NONE, 0], [0, 2, 1, 0], [0, NONE, NONE, 0]]);
    arrange(p);
    const order = [2, 4, 1, 5, 0, 3];
    expect(Array.from(p.home)).toEqual(order);
    expect(Array.from(p.type)).toEqual([0, 0, 0, 0, 2, 2]);
    expect(Array.from(p.lab)).toEqual([1, 2, NONE, NONE, 0, NONE]);
    expect(Array.from(p.cloud)).toEqual([0, 1, NONE, NONE, 1, NONE]);
    expect(Array.from(p.routes)).toEqual([1, 0, 0, 0, 0, 0]);
    expect(Array.from(p.prefCloud)).toEqual(order.flatMap((i) => [10 * i, 10 * i + 1]));
    expect(Array.from(p.prefLab)).toEqual(order.flatMap((i) => [100 + 10 * i, 101 + 10 * i, 102 + 10 * i]));
    expect(Array.from(p.typeStart)).toEqual([0, 4, 4, 6]);
    expect(Array.from(p.adoptedEnd)).toEqual([2, 4, 5]);
  });

  it('arrange() with no developers starts every empty type where the next one starts', () => {
    const p = tagged([[1, NONE, NONE, 0], [2, 0, 0, 0], [1, 1, 1, 0]]);
    arrange(p);
    expect(Array.from(p.home)).toEqual([2, 0, 1]);
    expect(Array.from(p.typeStart)).toEqual([0, 0, 2, 3]);
    expect(Array.from(p.adoptedEnd)).toEqual([0, 1, 3]);
  });

  it('swapAgents() exchanges two agents in every array, preference rows too; an agent with itself is a no-op', () => {
    const p = tagged([[0, 1, 0, 1], [1, NONE, NONE, 0], [2, 2, 1, 0]]);
    swapAgents(p, 0, 2);
    expect(Array.from(p.home)).toEqual([2, 1, 0]);
    expect(Array.from(p.type)).toEqual([2, 1, 0]);
    expect(Array.from(p.lab)).toEqual([2, NONE, 1]);
    expect(Array.from(p.cloud)).toEqual([1, NONE, 0]);
    expect(Array.from(p.routes)).toEqual([0, 0, 1]);
    expect(Array.from(p.prefCloud)).toEqual([20, 21, 10, 11, 0, 1]);
    expect(Array.from(p.prefLab)).toEqual([120, 121, 122, 110, 111, 112, 100, 101, 102]);
    swapAgents(p, 1, 1);
    expect(Array.from(p.home)).toEqual([2, 1, 0]);
  });
});
