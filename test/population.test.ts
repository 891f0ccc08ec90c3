/**
 * Tests of sim/population.ts and sim/choice.ts: one uniform per decision (inverse CDF, the cloud from its remainder), logit
 * frequencies, Bass adoption against its discrete recursion (VALIDATION §4), and reconsideration
 * hazards raised by unmet demand.
 *
 * False-failure rate (VALIDATION convention, union bound): 16 frequency checks with a known
 * binomial SE at 4 SE (6.3e-5 each) and 4 Bass checks with an SE estimated from R = 100 runs
 * (about 1.2e-4 each): at most 16 * 6.3e-5 + 4 * 1.2e-4 ≈ 1.5e-3 per run of this file with
 * fresh seeds; the seeds are fixed, so in CI the result is deterministic.
 */
import { describe, expect, it } from 'vitest';
import { createChoiceTables, updateChoiceTables } from '../sim/choice.js';
import { createPopulation, NONE, populationStep, type ChoiceTables } from '../sim/population.js';
import { createRng, type Rng } from '../sim/rng.js';
import { POPULATION_DEFAULTS } from '../sim/scenario/defaults.js';
import type { PopulationSpec } from '../sim/scenario/types.js';
import { initWorld } from '../sim/init.js';
import { smallScenario } from './support/small-scenario.js';

/** Developers only, none adopted at the start, no idiosyncratic preferences (expPref = 1). */
function developers(agents: number, fields: Partial<PopulationSpec['types']['developer']> = {}): PopulationSpec {
  const spec = structuredClone(POPULATION_DEFAULTS);
  spec.agents = agents;
  spec.preferenceSd = 0;
  spec.types.developer = { ...spec.types.developer, fraction: 1, initialAdopted: 0, ...fields };
  spec.types.startup.fraction = 0;
  spec.types.enterprise.fraction = 0;
  return spec;
}

const LAB_WEIGHTS = [1, 2, 3.5];
const CLOUD_WEIGHTS = [[1, 1, 1, 1], [4, 1, 0.5, 2], [0.2, 3, 1, 0.8]];

/** Hand-made tables: everyone adopts and reconsiders, no switching cost, no routing. */
function tables(): ChoiceTables {
  const t = createChoiceTables(4, 3);
  t.labWeight.set(LAB_WEIGHTS);
  t.cloudWeight.set(CLOUD_WEIGHTS.flat());
  t.labStay.fill(1);
  t.cloudStay.fill(1);
  t.reconsider.fill(1);
  t.adopt.fill(1);
  t.startRouting = 0;
  return t;
}

const normalized = (w: number[]) => w.map((v) => v / w.reduce((a, b) => a + b, 0));

/** A stream that counts its draws. */
function counting(rng: Rng): Rng & { draws: number } {
  const counted = Object.assign(() => { counted.draws += 1; return rng(); }, { draws: 0 });
  return counted;
}

describe('populationStep(population, tables, rng)', () => {
  it('populationStep() picks the lab by inverse CDF of one uniform, and the cloud by inverse CDF of its remainder in the lab\'s interval', () => {
    const labCdf = [0, 1 / 6.5, 3 / 6.5, 1];
    const cloudCdf = [4 / 7.5, 5 / 7.5, 5.5 / 7.5, 1];
    for (const lab of [0, 1, 2]) {
      for (const [vCloud, cloud] of [[0.01, 0], [cloudCdf[1] - 1e-9, 1], [cloudCdf[2] - 1e-9, 2], [0.99, 3]]) {
        const population = createPopulation(developers(1), 4, 3, createRng(1, 'init'));
        const t = tables();
        for (let j = 0; j < 3; j++) t.cloudWeight.set(CLOUD_WEIGHTS[1], j * 4);
        // u in the lab's interval [labCdf[lab], labCdf[lab + 1]), at fraction vCloud of it.
        const u = labCdf[lab] + vCloud * (labCdf[lab + 1] - labCdf[lab]);
        const draws = [u];
        populationStep(population, t, () => draws.shift()!);
        expect([population.lab[0], population.cloud[0]], `u = ${u} (lab ${lab}, remainder ${vCloud})`).toEqual([lab, cloud]);
        expect(draws).toEqual([]);
      }
    }
  });

  it('populationStep() draws afresh for the cloud when the lab\'s interval is under 2^-12 of the uniform (fewer than 20 bits would be left)', () => {
    const population = createPopulation(developers(1), 4, 3, createRng(1, 'init'));
    const t = tables();
    t.labWeight.set([1, 1e-4, 1]);
    for (let j = 0; j < 3; j++) t.cloudWeight.set(CLOUD_WEIGHTS[1], j * 4);
    const total = 2 + 1e-4;
    const draws = [(1 + 0.5e-4) / total, 0.99];
    populationStep(population, t, () => draws.shift()!);
    expect([population.lab[0], population.cloud[0]]).toEqual([1, 3]);
    expect(draws).toEqual([]);
  });

  it('populationStep() with everyone acting draws once per adoption and once per adopter (the choices use its remainder)', () => {
    const N = 2000;
    const population = createPopulation(developers(N), 4, 3, createRng(2, 'init'));
    const rng = counting(createRng(2, 'step'));
    expect(populationStep(population, tables(), rng)).toBe(N);
    expect(rng.draws).toBe(N); // the lab's uniform (every non-adopter adopts: no gaps)
    expect(population.lab.every((lab) => lab !== NONE)).toBe(true);
    rng.draws = 0;
    populationStep(population, tables(), rng);
    expect(rng.draws).toBe(N); // what to do; the lab and cloud use its remainder
  });

  it('populationStep() draws 2 per decision + 1 when every candidate reconsiders, and N·h decisions within 4 SE', () => {
    const N = 100_000;
    const h = 0.03;
    const population = createPopulation(developers(N), 4, 3, createRng(5, 'init'));
    populationStep(population, tables(), createRng(5, 'adopt'));
    const t = tables();
    t.reconsider.fill(h);
    const rng = counting(createRng(5, 'step'));
    const decisions = populationStep(population, t, rng);
    expect(rng.draws).toBe(2 * decisions + 1); // gap, what to do (lab and cloud from its remainder); and the gap past the end
    expect(Math.abs(decisions - N * h)).toBeLessThanOrEqual(4 * Math.sqrt(N * h * (1 - h)));
  });

  it('populationStep() keeps agents arranged by type, adopters first, as they adopt', () => {
    const spec = structuredClone(POPULATION_DEFAULTS);
    spec.agents = 3000;
    const population = createPopulation(spec, 4, 3, createRng(6, 'init'), [1, 1, 1, 1], [1, 1, 1]);
    const t = tables();
    t.adopt.set([0.2, 0.1, 0.05]);
    t.reconsider.fill(0.1);
    for (let month = 0; month < 12; month++) {
      populationStep(population, t, createRng(6, 'step', month));
      const { typeStart, adoptedEnd, type, lab } = population;
      for (let type_ = 0; type_ < 3; type_++) {
        for (let i = typeStart[type_]; i < typeStart[type_ + 1]; i++) {
          expect(type[i]).toBe(type_);
          expect(lab[i] !== NONE, `agent ${i}, month ${month}`).toBe(i < adoptedEnd[type_]);
        }
        expect(adoptedEnd[type_] - typeStart[type_]).toBe(population.adopted[type_]);
      }
    }
    expect(population.typeStart[3]).toBe(3000);
  });

  it('populationStep() choice frequencies over 10^5 agents match the logit probabilities within 4 SE', () => {
    const N = 100_000;
    const population = createPopulation(developers(N), 4, 3, createRng(3, 'init'));
    populationStep(population, tables(), createRng(3, 'step'));
    populationStep(population, tables(), createRng(4, 'step'));
    const pLab = normalized(LAB_WEIGHTS);
    const joint = new Float64Array(12);
    for (let i = 0; i < N; i++) joint[population.lab[i] * 4 + population.cloud[i]] += 1;
    pLab.forEach((p, j) => {
      const count = population.labCounts[j];
      expect(Math.abs(count - N * p), `lab ${j}`).toBeLessThanOrEqual(4 * Math.sqrt(N * p * (1 - p)));
      normalized(CLOUD_WEIGHTS[j]).forEach((q, k) => {
        const pk = p * q;
        expect(Math.abs(joint[j * 4 + k] - N * pk), `lab ${j}, cloud ${k}`).toBeLessThanOrEqual(4 * Math.sqrt(N * pk * (1 - pk)));
      });
    });
  });
});

describe('populationStep() with updateChoiceTables(world): Bass adoption', () => {
  it('populationStep() mean adopted share follows x(k+1) = x + (1-x)(1-exp(-(p+qx)/12)) within 4 SE + 0.0015', () => {
    const [p, q, R, N, months] = [0.03, 0.38, 100, 10_000, 120];
    const checks = [24, 48, 72, 120];
    const recursion = [0];
    for (let k = 0; k < months; k++) {
      const x = recursion[k];
      recursion.push(x + (1 - x) * (1 - Math.exp(-(p + q * x) / 12)));
    }
    const scenario = smallScenario({ population: developers(N, { bassP: p, bassQ: q }) });
    const samples = checks.map(() => [] as number[]);
    for (let run = 0; run < R; run++) {
      const world = initWorld(scenario, 1000 + run, run);
      const rng = createRng(1000 + run, 'bass');
      for (let month = 1; month <= months; month++) {
        updateChoiceTables(world, world.choice);
        populationStep(world.population, world.choice, rng);
        const at = checks.indexOf(month);
        if (at >= 0) samples[at].push(world.population.adopted[0] / N);
      }
    }
    checks.forEach((month, i) => {
      const mean = samples[i].reduce((a, b) => a + b, 0) / R;
      const sd = Math.sqrt(samples[i].reduce((a, b) => a + (b - mean) ** 2, 0) / (R - 1));
      expect(Math.abs(mean - recursion[month]), `month ${month}: mean ${mean}, recursion ${recursion[month]}`)
        .toBeLessThanOrEqual((4 * sd) / Math.sqrt(R) + 0.0015);
    });
    expect(recursion[120]).toBeGreaterThan(0.75);
  }, 30_000);
});

describe('updateChoiceTables(world, tables)', () => {
  const world = () => initWorld(smallScenario(), 5, 0);
  const index = (w: ReturnType<typeof world>, type: number, lab: number, cloud: number) =>
    (type * w.labs.length + lab) * w.clouds.length + cloud;

  it('updateChoiceTables() reconsideration is 1 - exp(-(rate + unmetHazard * unmet)) and rises with unmet demand', () => {
    const w = world();
    const spec = w.populationSpec;
    let previous = createChoiceTables(3, 3).reconsider;
    for (const unmet of [0, 0.1, 0.5, 1]) {
      w.labs[0].unmetDemand = unmet;
      const t = createChoiceTables(3, 3);
      updateChoiceTables(w, t);
      (['developer', 'startup', 'enterprise'] as const).forEach((name, type) => {
        const rate = -Math.log(1 - spec.types[name].hazard);
        for (let k = 0; k < 3; k++) {
          const value = t.reconsider[index(w, type, 0, k)];
          expect(value).toBeCloseTo(1 - Math.exp(-(rate + spec.unmetHazard * (unmet + w.clouds[k].unmet))), 12);
          if (unmet > 0) expect(value).toBeGreaterThan(previous[index(w, type, 0, k)]);
          expect(t.reconsider[index(w, type, 1, k)]).toBeCloseTo(1 - Math.exp(-(rate + spec.unmetHazard * w.clouds[k].unmet)), 12);
        }
      });
      previous = t.reconsider;
    }
  });

  it('updateChoiceTables() reconsideration rises with a cloud\'s unmet demand, for every lab on it', () => {
    const w = world();
    const before = createChoiceTables(3, 3);
    updateChoiceTables(w, before);
    w.clouds[1].unmet = 0.4;
    const after = createChoiceTables(3, 3);
    updateChoiceTables(w, after);
    for (let type = 0; type < 3; type++) {
      for (let lab = 0; lab < 2; lab++) {
        expect(after.reconsider[index(w, type, lab, 1)]).toBeGreaterThan(before.reconsider[index(w, type, lab, 1)]);
        expect(after.reconsider[index(w, type, lab, 0)]).toBe(before.reconsider[index(w, type, lab, 0)]);
      }
    }
  });

  it('updateChoiceTables() with unmetHazard 0 ignores unmet demand', () => {
    const w = world();
    w.populationSpec.unmetHazard = 0;
    const before = createChoiceTables(3, 3);
    updateChoiceTables(w, before);
    w.labs[0].unmetDemand = 0.9;
    const after = createChoiceTables(3, 3);
    updateChoiceTables(w, after);
    expect(Array.from(after.reconsider)).toEqual(Array.from(before.reconsider));
  });
});
