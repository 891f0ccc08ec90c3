/**
 * Tests of sim/recorder.ts on the hand-built month-5 world: each series has DESIGN §6's metric
 * name and reads the field it names (set here to distinct values), an inactive entity records
 * NaN, the population shares divide by their counts (never by 0), and finish() hands over the
 * contracts in the CSV's terms (dates, level names, null end of an open contract) and the owners.
 */
import { describe, expect, it } from 'vitest';
import { endContract, signContract } from '../sim/contracts.js';
import { createRecorder } from '../sim/recorder.js';
import type { Recording } from '../sim/recording.js';
import type { World } from '../sim/world.js';
import { ANTHROPIC, AWS, AZURE, DEEPMIND, GCP, marketTerms, monthFiveWorld, OPENAI } from './support/hand-built-world.js';

const CLOUD_FIELDS = {
  narrative_share: 'narrative', capacity: 'capacity', utilization: 'utilization', price: 'price', dev_share: 'devShare',
  startup_share: 'startupShare', enterprise_share: 'enterpriseShare', spend_share: 'spendShare', internal_transfer: 'internalTransfer',
  investment_paid: 'investmentPaid', capex: 'capexSpend', cash: 'cash',
} as const;

const LAB_FIELDS = {
  capability: 'capability', traffic_share: 'trafficShare', compute_demand: 'computeDemand', compute_held: 'computeHeld',
  funding: 'funding', primary_cloud: 'primaryCloud', exclusivity: 'exclusivity', builder_share: 'builderShare',
  unmet_demand: 'unmetDemand', revenue: 'revenue', investment_received: 'investmentReceived',
} as const;

/** The month-5 world with every recorded field of every entity set to a distinct value. */
function markedWorld(): World {
  const w = monthFiveWorld();
  w.clouds.forEach((cloud, k) => {
    Object.values(CLOUD_FIELDS).forEach((field, i) => { (cloud as unknown as Record<string, number>)[field] = 100 * (k + 1) + i; });
    Object.assign(cloud, { labRevenue: 0.25 * (k + 1), builderRevenue: 0.5 });
  });
  w.labs.forEach((lab, j) => {
    Object.values(LAB_FIELDS).forEach((field, i) => { (lab as unknown as Record<string, number>)[field] = 1000 * (j + 1) + i; });
  });
  return w;
}

/** The value recorded this month for (entity, metric). */
function at(recording: Recording, entity: string, metric: string, t: number): number {
  const series = recording.series.filter((s) => s.entity === entity && s.metric === metric);
  expect(series, `one series ${entity}/${metric}`).toHaveLength(1);
  return series[0].values[t];
}

describe('createRecorder(world, key)', () => {
  it('record() copies each cloud metric from the field it names; ai_revenue is lab + builder revenue', () => {
    const w = markedWorld();
    const recorder = createRecorder(w, { scenario: 'small', run: 0, seed: 7 });
    recorder.record(w);
    const recording = recorder.finish(w);
    for (const cloud of w.clouds) {
      for (const [metric, field] of Object.entries(CLOUD_FIELDS)) expect(at(recording, cloud.id, metric, 5), `${cloud.id} ${metric}`).toBe(cloud[field]);
      expect(at(recording, cloud.id, 'ai_revenue', 5)).toBe(0.25 * (cloud.index + 1) + 0.5);
    }
    expect(recording.series.filter((s) => s.entity === 'aws').map((s) => s.metric))
      .toEqual(['narrative_share', 'capacity', 'utilization', 'price', 'ai_revenue', 'dev_share', 'startup_share', 'enterprise_share', 'spend_share', 'internal_transfer', 'investment_paid', 'capex', 'cash']);
  });

  it('record() copies each lab metric from the field it names, and NaN for an inactive lab', () => {
    const w = markedWorld();
    const recorder = createRecorder(w, { scenario: 'small', run: 0, seed: 7 });
    recorder.record(w);
    const recording = recorder.finish(w);
    for (const lab of [w.labs[OPENAI], w.labs[DEEPMIND]]) {
      for (const [metric, field] of Object.entries(LAB_FIELDS)) expect(at(recording, lab.id, metric, 5), `${lab.id} ${metric}`).toBe(lab[field]);
    }
    expect(recording.series.filter((s) => s.entity === 'openai').map((s) => s.metric)).toEqual(Object.keys(LAB_FIELDS));
    expect(w.labs[ANTHROPIC].active).toBe(false);
    for (const metric of Object.keys(LAB_FIELDS)) expect(at(recording, 'anthropic', metric, 5)).toBeNaN();
    expect(at(recording, 'openai', 'capability', 4), 'a month not recorded is NaN').toBeNaN();
  });

  it('record() writes NaN for every metric of an inactive cloud', () => {
    const w = markedWorld();
    w.clouds[AZURE].active = false;
    const recorder = createRecorder(w, { scenario: 'small', run: 0, seed: 7 });
    recorder.record(w);
    const recording = recorder.finish(w);
    for (const metric of [...Object.keys(CLOUD_FIELDS), 'ai_revenue']) {
      expect(at(recording, 'azure', metric, 5)).toBeNaN();
      expect(at(recording, 'aws', metric, 5)).not.toBeNaN();
    }
  });

  it('record() gives the population shares: adopted over size (per type over type size), routers over adopters, HHI of builder shares', () => {
    const w = markedWorld();
    const { population } = w;
    population.size = 200;
    population.typeSize.set([100, 60, 40]);
    population.adopted.set([20, 30, 0]);
    population.routers = 10;
    w.labs.forEach((lab, j) => { lab.builderShare = [0.5, 0.3, 0.2][j]; });
    const recorder = createRecorder(w, { scenario: 'small', run: 0, seed: 7 });
    recorder.record(w);
    let recording = recorder.finish(w);
    expect(at(recording, 'population', 'adopted_share', 5)).toBe(50 / 200);
    expect(at(recording, 'population', 'developer_adopted_share', 5)).toBe(20 / 100);
    expect(at(recording, 'population', 'startup_adopted_share', 5)).toBe(30 / 60);
    expect(at(recording, 'population', 'enterprise_adopted_share', 5)).toBe(0);
    expect(at(recording, 'population', 'routing_share', 5)).toBe(10 / 50);
    expect(at(recording, 'population', 'builder_dependence_hhi', 5)).toBeCloseTo(0.25 + 0.09 + 0.04, 15);
    expect(recording.series.filter((s) => s.entity === 'population').map((s) => s.metric)).toEqual([
      'adopted_share', 'developer_adopted_share', 'startup_adopted_share', 'enterprise_adopted_share', 'routing_share', 'builder_dependence_hhi',
    ]);
    // No agents and no adopters: every share is 0, never 0/0.
    population.size = 0;
    population.typeSize.fill(0);
    population.adopted.fill(0);
    population.routers = 0;
    w.t = 6;
    recorder.record(w);
    recording = recorder.finish(w);
    for (const metric of ['adopted_share', 'developer_adopted_share', 'routing_share']) expect(at(recording, 'population', metric, 6)).toBe(0);
    // A fractional count below 1 is divided by 1, not by itself.
    population.size = 0.5;
    population.adopted.set([0.25, 0, 0]);
    population.typeSize.set([0.5, 0, 0]);
    w.t = 7;
    recorder.record(w);
    recording = recorder.finish(w);
    expect(at(recording, 'population', 'adopted_share', 7)).toBe(0.25);
    expect(at(recording, 'population', 'developer_adopted_share', 7)).toBe(0.25);
  });

  it('finish() lists the contracts with dates, level names and a null end while open, the key, and each owned lab\'s owner', () => {
    const w = markedWorld();
    const recorder = createRecorder(w, { scenario: 'small', run: 3, seed: 11 });
    w.t = 0;
    const first = signContract(w, marketTerms({ cloud: GCP, lab: DEEPMIND, months: 1 }));
    endContract(w, first, 'expired', 'expired');
    w.t = 5;
    const open = signContract(w, marketTerms({ cloud: AZURE, lab: OPENAI, exclusivity: 2, exitPenalty: 1.5, months: 36, compute: 4, price: 0.02 }));
    const closed = signContract(w, marketTerms({ cloud: AWS, lab: OPENAI, public: false, origin: 'event' }));
    w.t = 7;
    endContract(w, closed, 'defected', 'a rival offer');
    closed.investmentPaid = 0.75;
    const recording = recorder.finish(w);
    expect(recording.key).toEqual({ scenario: 'small', run: 3, seed: 11 });
    expect(recording.dates).toEqual(w.dates);
    expect(recording.contracts).toEqual([
      {
        id: first.id, cloud: 'gcp', lab: 'deepmind', start: '2016-01', end: '2016-01', months: 1, compute: 4, price: 0.01,
        investment: 0, exclusivity: 'none', exitPenalty: 0, public: true, origin: 'market', status: 'expired', endReason: 'expired',
      },
      {
        id: open.id, cloud: 'azure', lab: 'openai', start: '2016-06', end: null, months: 36, compute: 4, price: 0.02,
        investment: 0, exclusivity: 'inference', exitPenalty: 1.5, public: true, origin: 'market', status: 'active', endReason: '',
      },
      {
        id: closed.id, cloud: 'aws', lab: 'openai', start: '2016-06', end: '2016-08', months: 10, compute: 4, price: 0.01,
        investment: 0.75, exclusivity: 'none', exitPenalty: 0, public: false, origin: 'event', status: 'defected', endReason: 'a rival offer',
      },
    ]);
    expect(recording.owners).toEqual({ deepmind: 'gcp' });
    expect(w.labs[DEEPMIND].ownerIndex).toBe(GCP);
    w.labs[OPENAI].ownerIndex = AWS;
    expect(recorder.finish(w).owners, 'an owner of index 0 counts').toEqual({ openai: 'aws', deepmind: 'gcp' });
  });
});
