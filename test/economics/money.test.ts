/**
 * Money is conserved and bounded (sim/contracts.ts, sim/market.ts, sim/accounts.ts): investment is
 * committed at signing and paid in monthly tranches that stop when the contract ends; a cloud
 * commits no more than its cash plus its balance-sheet limit; an owned lab gets compute at cost,
 * booked as an internal transfer, and its funding is its owner's.
 */
import { describe, expect, it } from 'vitest';
import { endContract, payTranches, signContract } from '../../sim/contracts.js';
import { initWorld } from '../../sim/init.js';
import { investable } from '../../sim/market.js';
import { runScenario } from '../../sim/run.js';
import { step } from '../../sim/step.js';
import { smallScenario, lab } from '../support/small-scenario.js';

const OPENAI = 0;
const DEEPMIND = 1;
const GCP = 2;

describe('investment in tranches', () => {
  const signed = () => {
    const w = initWorld(smallScenario(), 7, 0);
    for (w.t = 0; w.t < 3; w.t++) step(w);
    for (const c of w.contracts) if (c.status === 'active') endContract(w, c, 'terminated', 'test: only the contract signed here pays');
    const contract = signContract(w, {
      cloud: 0, lab: OPENAI, months: 12, compute: 1, price: 0, investment: 12, upfront: false, exclusivity: 0,
      exitPenalty: 0, public: true, origin: 'market', internal: false, labValue: 0,
    });
    return { w, contract };
  };

  it('payTranches() pays investment / months a month from the cloud\'s cash to the lab\'s funding', () => {
    const { w, contract } = signed();
    expect(contract.investmentPaid).toBe(0);
    const [cash, funding] = [w.clouds[0].cash, w.labs[OPENAI].funding];
    for (let month = 0; month < 3; month++) payTranches(w);
    expect(contract.investmentPaid).toBeCloseTo(3, 12);
    expect(w.clouds[0].cash).toBeCloseTo(cash - 3, 12);
    expect(w.labs[OPENAI].funding).toBeCloseTo(funding + 3, 12);
  });

  it('payTranches() never pays more than committed, and nothing once the contract has ended', () => {
    const { w, contract } = signed();
    for (let month = 0; month < 20; month++) payTranches(w);
    expect(contract.investmentPaid).toBeCloseTo(12, 12);
    const { contract: other, w: w2 } = signed();
    payTranches(w2);
    endContract(w2, other, 'terminated', 'test: superseded');
    payTranches(w2);
    expect(other.investmentPaid).toBeCloseTo(1, 12);
  });

  it('investable() is the cloud\'s cash + balance sheet less investment owed, never below 0', () => {
    const { w } = signed();
    const cloud = w.clouds[0];
    expect(investable(w, 0)).toBeCloseTo(cloud.cash + cloud.balanceSheet - 12, 12);
    cloud.cash = -cloud.balanceSheet;
    expect(investable(w, 0)).toBe(0);
  });

  it('runScenario() with clouds that cannot borrow commits no market investment beyond their cash', () => {
    const s = smallScenario();
    s.clouds = s.clouds.map((cloud) => ({ ...cloud, balanceSheet: 0 }));
    const recording = runScenario(s, { run: 0, check: true });
    for (const id of ['aws', 'azure', 'gcp']) {
      const cash = recording.series.find((x) => x.entity === id && x.metric === 'cash')!.values;
      expect(Math.min(...cash), id).toBeGreaterThanOrEqual(-1e-9);
    }
  });
});

describe('owned labs (deepmind, owned by gcp)', () => {
  it('runScenario() books an owned lab\'s compute as internal_transfer at unit cost, never as AI revenue', () => {
    const world = initWorld(smallScenario(), 7, 0);
    let transfers = 0;
    for (world.t = 0; world.t < 36; world.t++) {
      step(world);
      const gcp = world.clouds[GCP];
      expect(gcp.internalTransfer).toBeCloseTo(world.labs[DEEPMIND].computeSpend, 12);
      const external = world.contracts.filter((c) => c.status === 'active' && c.cloud === GCP && !c.internal)
        .reduce((a, c) => a + c.delivered * c.price, 0);
      expect(gcp.labRevenue).toBeCloseTo(external, 12);
      transfers += gcp.internalTransfer;
    }
    expect(transfers).toBeGreaterThan(0);
    const own = world.contracts.filter((c) => c.lab === DEEPMIND);
    expect(own.length).toBeGreaterThan(0);
    expect(own.every((c) => c.internal && c.cloud === GCP && c.exclusivity === 0 && c.investment === 0)).toBe(true);
  });

  it('runScenario() gives the same results whatever the owned lab\'s own funding (consolidated with its owner)', () => {
    const run = (funding: number) => {
      const s = smallScenario();
      s.labs = s.labs.map((spec) => (spec.id === 'deepmind' ? lab('deepmind', { ...spec, funding }) : spec));
      return runScenario(s, { run: 0 });
    };
    const [poor, rich] = [run(10), run(1000)];
    expect(rich.series.map((s) => Array.from(s.values))).toEqual(poor.series.map((s) => Array.from(s.values)));
  });
});
