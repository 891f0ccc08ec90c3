/**
 * The recorder: copies every metric of every entity out of the world each month (DESIGN §6's
 * stable metric names), then hands over a Recording with the contracts and the event log.
 */
import type { Recording, RunKey, Series } from './recording.js';
import { BUILDER_TYPES, EXCLUSIVITY_LEVELS } from './scenario/types.js';
import type { CloudState, LabState, World } from './world.js';

type Metric<T> = [name: string, read: (state: T) => number];

export const CLOUD_METRICS: Metric<CloudState>[] = [
  ['narrative_share', (c) => c.narrative],
  ['capacity', (c) => c.capacity],
  ['utilization', (c) => c.utilization],
  ['price', (c) => c.price],
  ['ai_revenue', (c) => c.labRevenue + c.builderRevenue],
  ['dev_share', (c) => c.devShare],
  ['startup_share', (c) => c.startupShare],
  ['enterprise_share', (c) => c.enterpriseShare],
  ['spend_share', (c) => c.spendShare],
  ['internal_transfer', (c) => c.internalTransfer],
  ['investment_paid', (c) => c.investmentPaid],
  ['capex', (c) => c.capexSpend],
  ['cash', (c) => c.cash],
];

export const LAB_METRICS: Metric<LabState>[] = [
  ['capability', (l) => l.capability],
  ['traffic_share', (l) => l.trafficShare],
  ['compute_demand', (l) => l.computeDemand],
  ['compute_held', (l) => l.computeHeld],
  ['funding', (l) => l.funding],
  ['primary_cloud', (l) => l.primaryCloud],
  ['exclusivity', (l) => l.exclusivity],
  ['builder_share', (l) => l.builderShare],
  ['unmet_demand', (l) => l.unmetDemand],
  ['revenue', (l) => l.revenue],
  ['investment_received', (l) => l.investmentReceived],
];

export const POPULATION_METRICS: Metric<World>[] = [
  ['adopted_share', (w) => sum(w.population.adopted) / Math.max(1, w.population.size)],
  ...BUILDER_TYPES.map((name, t): Metric<World> => [`${name}_adopted_share`, (w) => w.population.adopted[t] / Math.max(1, w.population.typeSize[t])]),
  ['routing_share', (w) => (sum(w.population.adopted) > 0 ? w.population.routers / sum(w.population.adopted) : 0)],
  ['builder_dependence_hhi', (w) => w.labs.reduce((h, lab) => h + lab.builderShare * lab.builderShare, 0)],
];

export interface Recorder {
  /** Copies this month's metrics (month `world.t`). */
  record(world: World): void;
  /** The recording so far, with contracts and events. */
  finish(world: World): Recording;
}

/** A recorder with a series per (entity, metric), sized for the run. */
export function createRecorder(world: World, key: RunKey): Recorder {
  const months = world.dates.length;
  const series: Series[] = [];
  const writers: ((w: World, t: number) => void)[] = [];
  const add = (entity: string, metric: string, read: (w: World) => number, active: (w: World) => boolean) => {
    const values = new Float64Array(months).fill(NaN);
    series.push({ entity, metric, values });
    writers.push((w, t) => (values[t] = active(w) ? read(w) : NaN));
  };
  for (const cloud of world.clouds) {
    for (const [metric, read] of CLOUD_METRICS) add(cloud.id, metric, (w) => read(w.clouds[cloud.index]), (w) => w.clouds[cloud.index].active);
  }
  for (const lab of world.labs) {
    for (const [metric, read] of LAB_METRICS) add(lab.id, metric, (w) => read(w.labs[lab.index]), (w) => w.labs[lab.index].active);
  }
  for (const [metric, read] of POPULATION_METRICS) add('population', metric, read, () => true);
  return {
    record(w) {
      for (const write of writers) write(w, w.t);
    },
    finish(w) {
      const contracts = w.contracts.map((c) => ({
        id: c.id, cloud: w.clouds[c.cloud].id, lab: w.labs[c.lab].id, start: w.dates[c.start],
        end: c.end >= 0 ? w.dates[c.end] : null, months: c.months, compute: c.compute, price: c.price,
        investment: c.investmentPaid, exclusivity: EXCLUSIVITY_LEVELS[c.exclusivity], exitPenalty: c.exitPenalty,
        public: c.public, origin: c.origin, status: c.status, endReason: c.endReason,
      }));
      const owners = Object.fromEntries(w.labs.filter((l) => l.ownerIndex >= 0).map((l) => [l.id, w.clouds[l.ownerIndex].id]));
      return { key, dates: w.dates.slice(), series, contracts, events: w.log.slice(), owners };
    },
  };
}

function sum(values: Float64Array): number {
  let total = 0;
  for (const v of values) total += v;
  return total;
}
