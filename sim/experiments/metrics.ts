/**
 * Metric extractors for experiments: one number from a run's recording, read only through the
 * stable series names of DESIGN §6 (never the engine), so they work on any recording.
 */
import type { Recording } from '../recording.js';
import type { Metric } from './experiment.js';

/** The monthly values of `entity`'s `metric`; throws when the recording has no such series. */
export function seriesValues(recording: Recording, entity: string, metric: string): Float64Array {
  const series = recording.series.find((s) => s.entity === entity && s.metric === metric);
  if (!series) throw new RangeError(`no series ${entity}.${metric} in ${recording.key.scenario}`);
  return series.values;
}

/** Month index of "YYYY-MM" in the recording; throws when outside the run. */
export function dateIndex(recording: Recording, date: string): number {
  const index = recording.dates.indexOf(date);
  if (index < 0) throw new RangeError(`${date} is outside ${recording.key.scenario} (${recording.dates[0]}..${recording.dates.at(-1)})`);
  return index;
}

/** Mean of `values` over month indices [from, to], NaN months counted as 0 (entity absent). */
function meanOf(values: ArrayLike<number>, from: number, to: number): number {
  let sum = 0;
  for (let t = from; t <= to; t++) sum += Number.isNaN(values[t]) ? 0 : values[t];
  return sum / (to - from + 1);
}

/**
 * `entity`'s `metric` averaged over the months `from`..`to` ("YYYY-MM", inclusive); one month when
 * `to` is omitted.
 * @example seriesMean('azure', 'narrative_share', '2019-01', '2024-12')
 */
export function seriesMean(entity: string, metric: string, from: string, to = from): Metric {
  return (recording) => meanOf(seriesValues(recording, entity, metric), dateIndex(recording, from), dateIndex(recording, to));
}

/** Sum of `entity`'s `metric` over the months `from`..`to` (e.g. cumulative AI revenue, USD bn). */
export function seriesSum(entity: string, metric: string, from: string, to: string): Metric {
  return (recording) => {
    const mean = seriesMean(entity, metric, from, to)(recording);
    return mean * (dateIndex(recording, to) - dateIndex(recording, from) + 1);
  };
}

/** `a - b`, run by run: a difference-in-differences when used in a paired experiment. */
export function metricDifference(a: Metric, b: Metric): Metric {
  return (recording) => a(recording) - b(recording);
}

/** Labs of a recording: entities with a `traffic_share` series. */
export function labIds(recording: Recording): string[] {
  return recording.series.filter((s) => s.metric === 'traffic_share').map((s) => s.entity);
}

/** Clouds of a recording: entities with a `narrative_share` series. */
export function cloudIds(recording: Recording): string[] {
  return recording.series.filter((s) => s.metric === 'narrative_share').map((s) => s.entity);
}

/**
 * Traffic share of labs under at least `minScope` exclusivity (index into none, rofr, inference,
 * full), averaged over `from`..`to`; labs in `except` (owned labs) left out.
 * @example exclusiveTraffic(2, '2023-01', '2026-12', ['deepmind']) // inference or full
 */
export function exclusiveTraffic(minScope: number, from: string, to: string, except: readonly string[] = []): Metric {
  return (recording) => {
    const first = dateIndex(recording, from);
    const last = dateIndex(recording, to);
    let sum = 0;
    for (const lab of labIds(recording)) {
      if (except.includes(lab)) continue;
      const traffic = seriesValues(recording, lab, 'traffic_share');
      const scope = seriesValues(recording, lab, 'exclusivity');
      for (let t = first; t <= last; t++) if (scope[t] >= minScope && !Number.isNaN(traffic[t])) sum += traffic[t];
    }
    return sum / (last - first + 1);
  };
}

/** Share of months in `from`..`to` in which `lab`'s primary cloud is `cloud`. */
export function hostShare(lab: string, cloud: string, from: string, to: string): Metric {
  return (recording) => {
    const index = cloudIds(recording).indexOf(cloud);
    const primary = seriesValues(recording, lab, 'primary_cloud');
    const first = dateIndex(recording, from);
    const last = dateIndex(recording, to);
    let months = 0;
    for (let t = first; t <= last; t++) if (primary[t] === index) months++;
    return months / (last - first + 1);
  };
}

/**
 * Price of the market contracts `lab` signed with `cloud` (null: with any cloud) over that cloud's
 * list price in the month of signing, weighted by compute: below 1 the lab bargained a discount.
 * NaN when none was signed.
 */
export function contractPriceOverList(cloud: string | null, lab: string): Metric {
  return (recording) => {
    let weighted = 0;
    let compute = 0;
    for (const contract of recording.contracts) {
      if ((cloud !== null && contract.cloud !== cloud) || contract.lab !== lab || contract.origin !== 'market' || contract.compute <= 0) continue;
      const list = seriesValues(recording, contract.cloud, 'price')[dateIndex(recording, contract.start)];
      weighted += (contract.compute * contract.price) / list;
      compute += contract.compute;
    }
    return compute > 0 ? weighted / compute : NaN;
  };
}
