/**
 * Tests of sim/market.ts against DESIGN §3.3 and the seeds' claims: a rival's fear raises the
 * incumbent's offer (claim 2-3), the lab signs with the cloud of highest joint surplus and keeps
 * max(its Nash share, its best other offer), exclusivity is chosen exactly when the cloud's narrative
 * + denial value exceeds the lab's autonomy cost (claim 5), a capacity shortfall relaxes exclusivity
 * without a forced event (claims 5-6). Defection (claim 3) is in defection.test.ts. One lab (openai),
 * three clouds, no bargaining noise.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { usageGrowth } from '../sim/labs.js';
import { contractedCompute } from '../sim/contracts.js';
import { eligibleClouds } from '../sim/eligibility.js';
import { labPower, PROCUREMENT_MONTHS, runMarket } from '../sim/market.js';
import type { Recording } from '../sim/recording.js';
import { createRng } from '../sim/rng.js';
import { runScenario } from '../sim/run.js';
import type { ScenarioEvent } from '../sim/scenario/types.js';
import { capacityLeft } from '../sim/contracts.js';
import { AUTONOMY_SCOPE, bestScope, distribution, pairValue, type PairValue } from '../sim/valuation.js';
import { step } from '../sim/step.js';
import type { Contract, Scope, World } from '../sim/world.js';
import { initWorld } from '../sim/init.js';
import { atMarket, AWS, AZURE, GCP, OPENAI, scenario } from './support/one-lab-market.js';

/** Each eligible cloud's best offer to openai for what it shops for this month (as DESIGN §3.3 values it). */
function offers(w: World): PairValue[] {
  const state = w.labs[OPENAI];
  const need = state.computeDemand * Math.pow(1 + w.params.trainingGrowth, PROCUREMENT_MONTHS / 12) - contractedCompute(w, OPENAI);
  return eligibleClouds(w, OPENAI).map((c) => bestScope(w, c.cloud, OPENAI, need, c.available, c.maxScope));
}

/** Runs the market and returns the contract openai signed this month. */
function signed(w: World): Contract {
  const count = w.contracts.length;
  runMarket(w, createRng(w.seed, 'market', w.t));
  const contract = w.contracts.slice(count).find((c) => c.lab === OPENAI);
  expect(contract, 'openai signed a contract').toBeDefined();
  return contract!;
}

describe('runMarket(world, rng)', () => {
  it('runMarket() with a rival\'s denialWeight 0 -> 1.5: same winner, the lab gets more (outside option principle)', () => {
    const terms = [0, 1.5].map((denialWeight) => {
      const w = atMarket(scenario([{}, { denialWeight }]));
      const [winner, ...others] = offers(w).sort((a, b) => b.surplus - a.surplus);
      const contract = signed(w);
      const outside = Math.max(0, ...others.map((o) => o.surplus));
      expect(contract.labValue).toBeCloseTo(Math.max(labPower(w, OPENAI, winner.cloud) * winner.surplus, outside), 12);
      const netPayment = contract.price * contract.compute - contract.investment / contract.months;
      return { cloud: contract.cloud, labValue: contract.labValue, netPayment, outside, winner };
    });
    const [calm, fearful] = terms;
    expect(fearful.cloud).toBe(calm.cloud);
    expect(calm.cloud).toBe(AWS);
    expect(fearful.outside).toBeGreaterThan(calm.outside);
    expect(fearful.labValue).toBeGreaterThan(calm.labValue);
    expect(fearful.labValue, 'the rival\'s offer binds as an outside option').toBeCloseTo(fearful.outside, 12);
    expect(fearful.netPayment, 'the lab pays less per month, net of investment').toBeLessThan(calm.netPayment);
  });

  it('runMarket() with bargainingNoise 0 signs with the cloud of highest joint surplus', () => {
    const values = fc.record({
      narrativeValue: fc.double({ min: 0, max: 20, noNaN: true }),
      denialWeight: fc.double({ min: 0, max: 2, noNaN: true }),
      enterpriseReach: fc.double({ min: 0, max: 1, noNaN: true }),
      unitCost: fc.double({ min: 0.002, max: 0.006, noNaN: true }),
      capacity: fc.double({ min: 1, max: 40, noNaN: true }),
    });
    fc.assert(fc.property(fc.tuple(values, values, values), fc.double({ min: 0, max: 1, noNaN: true }), (clouds, autonomy) => {
      const w = atMarket(scenario(clouds, { autonomy }), 4);
      const ranked = offers(w).sort((a, b) => b.surplus - a.surplus);
      fc.pre(ranked[0].surplus > 0 && (ranked.length < 2 || ranked[0].surplus > ranked[1].surplus + 1e-9));
      const contract = signed(w);
      expect(contract.cloud).toBe(ranked[0].cloud);
      expect(contract.exclusivity).toBe(ranked[0].scope);
    }), { numRuns: 25, seed: 31 });
  });

  it('runMarket() chooses exclusivity exactly when narrative + denial value exceeds the lab\'s autonomy cost', () => {
    const fear = [{ denialWeight: 1.5 }, { denialWeight: 1 }, { denialWeight: 0.5 }];
    /**
     * Autonomy below which some scope beats none for cloud k: max_s (cloud value gained) /
     * (AUTONOMY_SCOPE[s] * the distribution of the other clouds the lab would be kept from, in prospect).
     */
    const thresholds = (w: World) => [AWS, AZURE, GCP].map((k) => {
      const need = w.labs[OPENAI].computeDemand * 2;
      const none = pairValue(w, k, OPENAI, need, capacityLeft(w, k), 0);
      expect(none.supply).toBe(need); // ample capacity: no unmet demand under any scope
      // The lab prices the distribution it gives up on the market in prospect (builders' spend at full adoption).
      const prospect = (w.params.builderSpend * usageGrowth(w)) / w.aiMarket;
      const elsewhere = prospect * [AWS, AZURE, GCP].filter((other) => other !== k).reduce((a, other) => a + distribution(w, other, OPENAI), 0);
      return Math.max(...([1, 2, 3] as Scope[]).map((s) =>
        (pairValue(w, k, OPENAI, need, capacityLeft(w, k), s).cloudValue - none.cloudValue) / (AUTONOMY_SCOPE[s] * elsewhere)));
    });
    const approximate = thresholds(atMarket(scenario(fear)));
    const autonomies = [0, ...approximate.flatMap((a) => [a * 0.97, a * 1.03]), Math.max(...approximate) * 2];
    const outcomes = autonomies.map((autonomy) => {
      const w = atMarket(scenario(fear, { autonomy }));
      const exact = thresholds(w);
      const contract = signed(w);
      expect(contract.exclusivity > 0, `autonomy ${autonomy} at ${w.clouds[contract.cloud].id}`).toBe(autonomy < exact[contract.cloud]);
      return contract.exclusivity;
    });
    expect(outcomes[0]).toBe(3);
    expect(outcomes.slice(1, 3)).toEqual([expect.any(Number), 0]);
    expect(outcomes[1]).toBeGreaterThan(0);
    expect(outcomes.at(-1)).toBe(0);
  });

  it('runMarket() never chooses exclusivity when no cloud values denial and capacity is ample', () => {
    const w = atMarket(scenario([{ denialWeight: 0 }, { denialWeight: 0 }, { denialWeight: 0 }], { autonomy: 0.01 }));
    expect(signed(w).exclusivity).toBe(0);
  });
});

const relaxations = (r: Recording) => r.events.filter((e) => e.kind === 'relaxation' && e.lab === 'openai' && e.cloud === 'aws');

describe('runScenario(): exclusivity under a capacity shortfall', () => {
  /** openai bound to aws (full, 10 kGPU, 5 years, no way out); aws capacity x`factor` in 2016-03, and slow to rebuild. */
  const shortfall = (factor: number | null) => {
    const events: ScenarioEvent[] = [{ kind: 'deal', date: '2016-01', cloud: 'aws', lab: 'openai', compute: 10, months: 60, price: null, investment: 0, exclusivity: 'full', exitPenalty: 1e6, public: true }];
    if (factor !== null) events.push({ kind: 'capacity_shock', date: '2016-03', cloud: 'aws', factor });
    // narrativeValue 1 (was 30 when the stake was today's spend): a cloud now prices narrative on the
    // builders still to choose, ~50x today's spend at this scenario's 2% adoption. capexGrowthMax 0.2:
    // a host that cannot build back within the year (exposure counts the gap left over the horizon).
    return runScenario(scenario([{ narrativeValue: 1, capacity: 20, capexGrowthMax: 0.2 }], { patience: 0.95 }, events), { run: 0, check: true });
  };

  it('runScenario() relaxes a full exclusivity within 24 months of a hard capacity shock, with no forced event', () => {
    const recording = shortfall(0.05);
    const unmet = recording.series.find((s) => s.entity === 'openai' && s.metric === 'unmet_demand')!.values;
    expect(unmet[3]).toBeGreaterThan(0.3);
    const relaxed = relaxations(recording);
    expect(relaxed.length).toBeGreaterThan(0);
    expect(relaxed[0].date <= '2018-03').toBe(true);
    expect(relaxed[0].origin).toBe('endogenous');
    expect(recording.events.some((e) => e.kind === 'relax_exclusivity')).toBe(false);
    expect(recording.contracts[0].exclusivity).not.toBe('full');
  });

  it('runScenario() keeps the full exclusivity without the shock', () => {
    const recording = shortfall(null);
    expect(relaxations(recording).filter((e) => e.date <= '2018-03')).toEqual([]);
    const exclusivity = recording.series.find((x) => x.entity === 'openai' && x.metric === 'exclusivity')!.values;
    const through = recording.dates.indexOf('2018-03');
    expect([...exclusivity.slice(0, through + 1)].every((scope) => scope === 3)).toBe(true);
    const awsContracts = recording.contracts.filter((c) => c.cloud === 'aws' && c.lab === 'openai' && c.start <= '2018-03');
    expect(awsContracts.every((c) => c.exclusivity === 'full'), 'each expansion chooses full anew').toBe(true);
  });
});

describe('runMarket() in the first month', () => {
  const eager = () => scenario([{ denialWeight: 2 }, { denialWeight: 2 }, { denialWeight: 2 }], { autonomy: 0 });

  it('runMarket() with autonomy 0 and feared rivals signs an exclusive deal (month 6)', () => {
    expect(signed(atMarket(eager(), 6)).exclusivity).toBeGreaterThan(0);
  });

  // ENGINE BUG (sim/world.ts initWorld): world.aiMarket starts at 0 and is first set by
  // serveContracts, after month 0's market. Cloud values are narrativeValue * aiMarket * (...), so
  // the month-0 market sees every cloud's narrative and denial value as 0: its contracts (36 months
  // long) are never exclusive, whatever autonomy and denialWeight say.
  it('runMarket() in month 0 values narrative and denial like any other month', () => {
    const w = initWorld(eager(), 7, 0);
    w.t = 0;
    step(w);
    const first = w.contracts.find((c) => c.lab === OPENAI)!;
    expect(first.exclusivity).toBeGreaterThan(0);
  });
});
